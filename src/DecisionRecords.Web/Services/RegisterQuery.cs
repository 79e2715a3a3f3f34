using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>What the register can be asked; every field comes from the query string, so each result page is a shareable URL.</summary>
public sealed record RegisterQuery(
    string? Q = null,
    int? Year = null,
    string? FinancialYear = null,
    string? FundingYear = null,
    string? Category = null,
    DecisionOutcome? Outcome = null,
    long? MinPence = null,
    long? MaxPence = null,
    string? Organisation = null,
    int Page = 1);
