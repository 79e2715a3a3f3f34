namespace DecisionRecords.Web.Services;

public sealed record PublishedColumn(bool IsAmount, string Heading, string? FinancialYear);
