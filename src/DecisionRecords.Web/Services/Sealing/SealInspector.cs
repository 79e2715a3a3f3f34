using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// Reads the last signature of a PDF as a verifier would: the signed byte ranges, the CMS in /Contents, and whether
/// the digest and signature still match the bytes. Nothing here trusts the file: a malformed seal is "not intact".
/// </summary>
public static partial class SealInspector
{
    [GeneratedRegex(@"/ByteRange\s*\[\s*(?<a>\d+)\s+(?<b>\d+)\s+(?<c>\d+)\s+(?<d>\d+)\s*\]")]
    private static partial Regex ByteRange();

    public static SealCheck Inspect(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRange().Matches(text);
        if (ranges.Count == 0)
        {
            return SealCheck.None;
        }

        var range = ranges[^1];
        if (!long.TryParse(range.Groups["a"].Value, out var a) || !long.TryParse(range.Groups["b"].Value, out var b)
            || !long.TryParse(range.Groups["c"].Value, out var c) || !long.TryParse(range.Groups["d"].Value, out var d)
            || a != 0 || b <= 0 || c <= b + 1 || c + d > pdf.Length || pdf[b] != '<' || pdf[c - 1] != '>')
        {
            return new SealCheck(true, false, false, null, null);
        }

        try
        {
            var der = Convert.FromHexString(Encoding.ASCII.GetString(pdf, (int)b + 1, (int)(c - b - 2)));

            // The hex string is padded with zeros after the CMS: decode only the CMS itself.
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.BER, out _, out _, out var length);
            var signed = new byte[b + d];
            pdf.AsSpan(0, (int)b).CopyTo(signed);
            pdf.AsSpan((int)c, (int)d).CopyTo(signed.AsSpan((int)b));
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(der.AsSpan(0, length));
            var certificate = cms.SignerInfos[0].Certificate;
            var thumbprint = certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
            var holder = certificate?.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);
            try
            {
                cms.CheckSignature(verifySignatureOnly: true);
                return new SealCheck(true, true, c + d == pdf.Length, thumbprint, holder);
            }
            catch (CryptographicException)
            {
                return new SealCheck(true, false, c + d == pdf.Length, thumbprint, holder);
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or AsnContentException)
        {
            return new SealCheck(true, false, false, null, null);
        }
    }
}
