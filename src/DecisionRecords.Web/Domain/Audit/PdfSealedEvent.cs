namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A published version's PDF was printed, sealed and issued: the copy anyone may hold from now on.</summary>
public sealed record PdfSealedEvent(Guid VersionId, int VersionNumber, string Sha256, string Certificate) : AuditPayload
{
    public override string Describe() =>
        $"The PDF of version {VersionNumber} was sealed and issued (SHA-256 {Sha256[..Math.Min(16, Sha256.Length)]}…)";
}
