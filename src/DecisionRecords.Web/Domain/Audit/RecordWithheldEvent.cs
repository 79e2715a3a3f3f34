namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A decided record was recorded as withheld, as the determination says.</summary>
public sealed record RecordWithheldEvent(int Version, string? Reasons) : AuditPayload
{
    public override string Describe() =>
        $"Recorded as withheld (version {Version}): {Reasons ?? "no reasons given"}";
}
