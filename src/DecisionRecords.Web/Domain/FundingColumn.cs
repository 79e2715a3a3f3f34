namespace DecisionRecords.Web.Domain;

public sealed record FundingColumn(bool IsAmount, int Index, string Heading, string? FinancialYear);
