namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A published version's PDF was sealed again with the current certificate; the copy it replaces stays verifiable.</summary>
public sealed record PdfResealedEvent(
    Guid VersionId,
    int VersionNumber,
    string PreviousSha256,
    string Sha256,
    string PreviousCertificate,
    string Certificate,
    string Reason) : AuditPayload
{
    public override string Describe() =>
        $"The PDF of version {VersionNumber} was sealed again (certificate {Short(Certificate)}, was {(PreviousCertificate.Length == 0 ? "not sealed" : Short(PreviousCertificate))}): {Reason}";

    private static string Short(string thumbprint) => thumbprint.Length > 16 ? thumbprint[..16] + "…" : thumbprint;
}
