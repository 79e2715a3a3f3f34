namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A funding table moved up or down the record.</summary>
public sealed record FundingTableMovedEvent(Guid TableId, string Caption, int Offset) : AuditPayload
{
    public override string Describe() =>
        $"Moved funding table \"{Caption}\" {(Offset < 0 ? "up" : "down")}";
}
