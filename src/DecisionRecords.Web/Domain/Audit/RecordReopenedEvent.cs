namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A published record was reopened for amendment; its signatures became void.</summary>
public sealed record RecordReopenedEvent(string ReopenedBy, string ChangeNote) : AuditPayload
{
    public override string Describe() =>
        $"{ReopenedBy} reopened the published record for amendment: {ChangeNote}";
}
