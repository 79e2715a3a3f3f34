namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A funding table was added to a draft.</summary>
public sealed record FundingTableAddedEvent(Guid TableId, string Caption, IReadOnlyList<string> FinancialYears, int Lines, long TotalPence) : AuditPayload
{
    public override string Describe() =>
        $"Added funding table \"{Caption}\" ({string.Join(", ", FinancialYears)}): {Lines} lines, total {Money.Format(TotalPence)}";
}
