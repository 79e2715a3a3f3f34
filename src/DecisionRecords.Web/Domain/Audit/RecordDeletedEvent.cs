namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A draft that had never been submitted was deleted.</summary>
public sealed record RecordDeletedEvent(string Reference, string Title) : AuditPayload
{
    public override string Describe() =>
        $"Deleted draft {Reference}: {Title}";
}
