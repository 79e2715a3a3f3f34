using QRCoder;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// The last page of every sealed PDF: how the record was signed, determined, decided and published, by whom and
/// when, what seals the file, and where to check a copy. The signatures and answers come from the published version.
/// </summary>
public sealed record AuditCertificate(
    int VersionNumber,
    string? ChangeNote,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset PublishedAt,
    string SealedBy,
    string CertificateFingerprint,
    bool SelfSigned,
    DateTimeOffset SealedAt,
    string VerifyUrl,
    string QrCodeDataUri,
    string? ResealReason)
{
    /// <summary>The address as a QR code, an SVG image in a data URI: drawn by QRCoder from the configured address alone.</summary>
    public static string QrCode(string url)
    {
        using var data = new QRCodeGenerator().CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(new SvgQRCode(data).GetGraphic(3)));
    }
}
