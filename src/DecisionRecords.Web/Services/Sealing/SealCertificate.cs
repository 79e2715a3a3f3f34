using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>The certificate that seals published PDFs, with what the public is told about it.</summary>
public sealed class SealCertificate(X509Certificate2 certificate)
{
    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>SHA-256 of the certificate, lower-case hex: how the register names a certificate.</summary>
    public string Thumbprint { get; } = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));

    /// <summary>Who the certificate names: its organisation, or its common name.</summary>
    public string Holder { get; } = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } name ? name : certificate.Subject;

    public DateTimeOffset NotBefore => new(Certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);

    public DateTimeOffset NotAfter => new(Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    public bool IsSelfSigned => Certificate.SubjectName.RawData.AsSpan().SequenceEqual(Certificate.IssuerName.RawData);

    public string Fingerprint => FormatFingerprint(Thumbprint);

    /// <summary>A thumbprint as people read it aloud: upper case, in groups of four.</summary>
    public static string FormatFingerprint(string thumbprint) =>
        string.Join(' ', thumbprint.ToUpperInvariant().Chunk(4).Select(c => new string(c)));
}
