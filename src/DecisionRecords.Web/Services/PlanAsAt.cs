using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The forward plan as it stood at the end of <paramref name="Date"/> (London): each item as its last change before then left it.</summary>
public sealed record PlanAsAt(DateOnly Date, IReadOnlyList<PlanAsAt.Entry> Items)
{
    /// <param name="Decided">The published record of the decision, where it was published by then.</param>
    public sealed record Entry(Guid Id, PlanItemSnapshot Item, DateTimeOffset FirstPublishedAt, DateTimeOffset ChangedAt, PublishedVersion? Decided);
}
