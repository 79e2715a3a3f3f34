namespace DecisionRecords.Web.Domain;

public sealed record FundingColumn(bool IsAmount, int Index, string Heading, string? FinancialYear, string Measure = "", string Unit = "")
{
    public string? Key => FinancialYear is null ? null : AmountColumnKey.Of(FinancialYear, Measure);
}
