namespace DecisionRecords.Web.Domain;

/// <summary>
/// What an officer writes about a decision the office intends to take. <see cref="ExpectedDay"/> is left out when only
/// the month is known. An exempt item is published by its <see cref="GeneralTerms"/> and <see cref="ExemptReason"/>
/// only; its <see cref="Matter"/> stays inside the office.
/// </summary>
public sealed record PlanItemDetails(
    string Title,
    string Matter,
    PlanDecisionMaker DecisionMaker,
    int ExpectedYear,
    int ExpectedMonth,
    int? ExpectedDay,
    long? EstimatedValuePence,
    bool SignificantEffect,
    string? Category,
    string LeadOfficer,
    string? Documents,
    string? Representations,
    bool IsExempt,
    string? GeneralTerms,
    string? ExemptReason);
