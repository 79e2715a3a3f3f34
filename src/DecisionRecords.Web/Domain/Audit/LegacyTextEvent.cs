namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An event written before events were typed: its words as they were written, which its hash still covers.</summary>
public sealed record LegacyTextEvent(string Text) : AuditPayload
{
    public override string Describe() =>
        Text;
}
