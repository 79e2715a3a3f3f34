namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A funding table of a draft was saved.</summary>
public sealed record FundingTableUpdatedEvent(Guid TableId, string Caption, int LinesBefore, long TotalBeforePence, int LinesAfter, long TotalAfterPence) : AuditPayload
{
    public override string Describe() =>
        $"Funding table \"{Caption}\": {LinesBefore} lines, total {Money.Format(TotalBeforePence)} before; {LinesAfter} lines, total {Money.Format(TotalAfterPence)} after";
}
