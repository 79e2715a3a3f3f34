namespace DecisionRecords.Web.Services;

/// <param name="Organisations">The record's funding organisations that records in the category also fund.</param>
public sealed record CategorySuggestion(string Category, IReadOnlyList<string> Organisations);
