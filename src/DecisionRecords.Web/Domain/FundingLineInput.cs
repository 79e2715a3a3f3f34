namespace DecisionRecords.Web.Domain;

public sealed record FundingLineInput(string? Group, IReadOnlyList<string> Texts, IReadOnlyList<FundingAmountInput> Amounts);
