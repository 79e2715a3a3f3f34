namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A published record was taken down; the explanation is what the public reads in its place.</summary>
public sealed record RecordUnpublishedEvent(string Explanation) : AuditPayload
{
    public override string Describe() =>
        $"Unpublished: {Explanation}";
}
