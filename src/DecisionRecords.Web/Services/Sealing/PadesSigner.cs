using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.Signatures;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// A PAdES baseline B-B signature for PDFsharp: a detached CMS over the signed byte ranges, SHA-256, with the
/// ESS signing-certificate-v2 attribute and no signing-time attribute (the time is the signature dictionary's /M).
/// PDFsharp 6.2 names its signatures adbe.pkcs7.detached; before the ranges are hashed, this signer renames the
/// sub-filter ETSI.CAdES.detached in the written file, which has the same length, so no offset moves. In the same way
/// it takes out what PDFsharp writes of itself on saving (its name in the producer, in the XMP metadata and in a comment
/// at the end): the sealed file names no library.
/// </summary>
public sealed partial class PadesSigner(SealCertificate seal, MemoryStream output) : IDigitalSigner
{
    private static readonly byte[] Pkcs7SubFilter = Encoding.ASCII.GetBytes("/adbe.pkcs7.detached");
    private static readonly byte[] CadesSubFilter = Encoding.ASCII.GetBytes("/ETSI.CAdES.detached");
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");
    private static readonly Oid SigningCertificateV2 = new("1.2.840.113549.1.9.16.2.47");

    public string CertificateName => seal.Holder;

    // The size of a signature depends on the certificate alone: worked out once for each, not once for each file.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Sizes = new();

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(Sizes.GetOrAdd(seal.Thumbprint, _ => Sign([0]).Length + 64));

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        RenameSubFilter();
        RemoveLibraryName();
        // PDFsharp's ranged stream reads its ranges in one call for exactly its length, wherever its position is.
        var signed = new byte[stream.Length];
        var read = stream.Read(signed, 0, signed.Length);
        if (read != signed.Length)
        {
            throw new InvalidOperationException($"Read {read} of the {signed.Length} bytes to sign.");
        }

        return Task.FromResult(Sign(signed));
    }

    private void RenameSubFilter()
    {
        var written = output.GetBuffer().AsSpan(0, (int)output.Length);
        var at = written.LastIndexOf(Pkcs7SubFilter);
        if (at < 0)
        {
            throw new InvalidOperationException("The signature dictionary PDFsharp wrote has no adbe.pkcs7.detached sub-filter to rename.");
        }

        CadesSubFilter.CopyTo(written[at..]);
    }

    [GeneratedRegex(@"\(PDFsharp [^()\\\n]*\\?\(Original: (?<original>[^()\\\n]*)\\?\)\)|<pdf:Producer>PDFsharp [^<\n]*\(Original: (?<original>[^<)\n]*)\)</pdf:Producer>|% Created with PDFsharp[^\n]*")]
    private static partial Regex LibraryName();

    /// <summary>Each mark PDFsharp left becomes what it wraps, padded with spaces to its length, so no offset moves.</summary>
    private void RemoveLibraryName()
    {
        var written = output.GetBuffer().AsSpan(0, (int)output.Length);
        var text = Encoding.Latin1.GetString(written);
        foreach (Match mark in LibraryName().Matches(text))
        {
            var original = mark.Groups["original"].Value;
            var replacement = mark.Value[0] switch
            {
                '(' => $"({original})",
                '<' => $"<pdf:Producer>{original}</pdf:Producer>",
                _ => "%",
            };
            Encoding.Latin1.GetBytes(replacement.PadRight(mark.Length)).CopyTo(written[mark.Index..]);
        }
    }

    private byte[] Sign(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, seal.Certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, EssSigningCertificateV2(seal.Certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>RFC 5035: SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with SHA-256 (the default) and the issuer and serial.</summary>
    private static byte[] EssSigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }

                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }
}
