using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The forward plan as the public reads it: the items a filter asks for, and the published version of each decision taken from one.</summary>
public sealed record PublicPlan(IReadOnlyList<PlanItem> Items, IReadOnlyDictionary<Guid, PublishedVersion> Decisions, int Total)
{
    public PublishedVersion? DecisionOf(PlanItem item) => item.DecisionRecordId is { } id ? Decisions.GetValueOrDefault(id) : null;

    /// <summary>"planned", "deferred", "decided" or "withdrawn".</summary>
    public string StatusOf(PlanItem item) => DecisionOf(item) is not null ? "decided" : item.Status.ToString().ToLowerInvariant();
}
