using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>The Monitoring Officer made the publication-scheme determination; the content hash is of the record they signed.</summary>
public sealed record DeterminationSignedEvent(Guid SignatureId, string SignerName, bool? PublishRecord, bool? PublishReport, bool? PublishDetails, IReadOnlyList<string> Legislation, string? Reasons, IReadOnlyList<ExemptionGiven> Exemptions) : AuditPayload
{
    public override string Describe() =>
        $"{SignerName} determined: publish record {RecordWording.Answer(PublishRecord)}, report {RecordWording.Answer(PublishReport)}, details {RecordWording.Answer(PublishDetails)}; " +
        $"{Exemptions.Count} exemptions; legislation: {(Legislation.Count == 0 ? "none" : string.Join(", ", Legislation))}; reasons: {Reasons ?? "none"}";
}
