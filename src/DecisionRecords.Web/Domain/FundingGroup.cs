namespace DecisionRecords.Web.Domain;

public sealed record FundingGroup(string? Name, IReadOnlyList<FundingLine> Lines, IReadOnlyDictionary<string, long> SubtotalPence)
{
    public long TotalPence => SubtotalPence.Values.Sum();
}
