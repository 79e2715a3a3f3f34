using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// Reads the last signature of a PDF as a verifier would: the signed byte ranges, the CMS in /Contents, and whether
/// the digest and signature still match the bytes. Nothing here trusts the file: a malformed seal is "not intact".
/// Anyone may upload a file, so the costly part is bounded: a signature larger than any this register makes, more than
/// one signer, or a certificate the register never sealed with is answered before any cryptography is done.
/// </summary>
public static partial class SealInspector
{
    /// <summary>Far more than a seal of this register takes (one signer, one certificate, a few KB).</summary>
    public const int MaxSignatureBytes = 64 * 1024;

    public const int MaxRsaKeyBits = 4096;

    [GeneratedRegex(@"/ByteRange\s*\[\s*(?<a>\d{1,19})\s+(?<b>\d{1,19})\s+(?<c>\d{1,19})\s+(?<d>\d{1,19})\s*\]")]
    private static partial Regex ByteRange();

    /// <param name="isOurs">Whether a certificate (by the SHA-256 of its bytes) is one this register has sealed with.</param>
    public static SealCheck Inspect(byte[] pdf, Func<string, bool> isOurs, CancellationToken cancellationToken)
    {
        // The last signature's byte range, found from the end without making a string of the whole file.
        var at = pdf.AsSpan().LastIndexOf("/ByteRange"u8);
        var range = at < 0 ? Match.Empty : ByteRange().Match(Encoding.Latin1.GetString(pdf, at, Math.Min(200, pdf.Length - at)));
        if (!range.Success)
        {
            return at < 0 ? SealCheck.None : new SealCheck(true, false, false, null, null);
        }

        var malformed = new SealCheck(true, false, false, null, null);
        if (!long.TryParse(range.Groups["a"].Value, out var a) || !long.TryParse(range.Groups["b"].Value, out var b)
            || !long.TryParse(range.Groups["c"].Value, out var c) || !long.TryParse(range.Groups["d"].Value, out var d))
        {
            return malformed;
        }

        // Each bound is checked against the file before it is added to another, so no sum can overflow.
        var length = pdf.LongLength;
        if (a != 0 || b <= 0 || b >= length || c <= b + 1 || c > length || d > length - c || pdf[b] != '<' || pdf[c - 1] != '>'
            || (c - b - 2) / 2 > MaxSignatureBytes)
        {
            return malformed;
        }

        var signedLength = c + d;
        try
        {
            var der = Convert.FromHexString(Encoding.ASCII.GetString(pdf, (int)b + 1, (int)(c - b - 2)));

            // The hex string is padded with zeros after the CMS: decode only the CMS itself.
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.BER, out _, out _, out var cmsLength);
            var cms = new SignedCms();
            cms.Decode(der.AsSpan(0, cmsLength));
            if (cms.SignerInfos.Count != 1 || cms.SignerInfos[0].Certificate is not { } certificate)
            {
                return malformed with { SignedLength = signedLength };
            }

            var thumbprint = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
            var holder = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
            var found = new SealCheck(true, false, signedLength == length, thumbprint, holder) { SignedLength = signedLength };
            if (!isOurs(thumbprint) || !IsModestKey(certificate))
            {
                return found with { Checked = false };
            }

            cancellationToken.ThrowIfCancellationRequested();
            var signed = new byte[b + d];
            pdf.AsSpan(0, (int)b).CopyTo(signed);
            pdf.AsSpan((int)c, (int)d).CopyTo(signed.AsSpan((int)b));
            var detached = new SignedCms(new ContentInfo(signed), detached: true);
            detached.Decode(der.AsSpan(0, cmsLength));
            try
            {
                detached.SignerInfos[0].CheckSignature(verifySignatureOnly: true);
                return found with { Intact = true };
            }
            catch (CryptographicException)
            {
                return found;
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or AsnContentException or ArgumentException)
        {
            return malformed;
        }
    }

    /// <summary>A key no larger than the register would use: a huge modulus or exponent is work an uploader chose.</summary>
    private static bool IsModestKey(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.KeySize <= MaxRsaKeyBits && rsa.ExportParameters(false).Exponent is { Length: <= 4 };
        }

        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null && ecdsa.KeySize <= 521;
    }
}
