namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A funding table was removed from a draft.</summary>
public sealed record FundingTableRemovedEvent(Guid TableId, string Caption) : AuditPayload
{
    public override string Describe() =>
        $"Removed funding table \"{Caption}\"";
}
