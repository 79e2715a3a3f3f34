using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="StatedValue">The value of the decision as the record states it, where it states one.</param>
/// <param name="Relations">Earlier records this one replaces, varies, amends or revokes.</param>
public sealed record RecordDetails(string Title, DateOnly? RecordDate, DateOnly? ReceivedDate, IReadOnlyList<string> OfficersPresent, string? Category, StatedFigure? StatedValue = null, IReadOnlyList<RecordRelation>? Relations = null);
