namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A draft record was created.</summary>
public sealed record RecordCreatedEvent(string Reference, string Title) : AuditPayload
{
    public override string Describe() =>
        $"Created {Reference}: {Title}";
}
