using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="StatedValue">The value of the decision as the record states it, where it states one.</param>
public sealed record RecordDetails(string Title, DateOnly? RecordDate, DateOnly? ReceivedDate, IReadOnlyList<string> OfficersPresent, string? Category, StatedFigure? StatedValue = null);
