namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A draft or a record in sign-off was withdrawn.</summary>
public sealed record RecordWithdrawnEvent(string Reason) : AuditPayload
{
    public override string Describe() =>
        $"Withdrawn: {Reason}";
}
