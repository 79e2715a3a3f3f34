namespace DecisionRecords.Web.Domain;

/// <summary>One change to a forward plan item, in words the public may read: its history never shows an exempt matter.</summary>
public class PlanItemChange
{
    public const int SummaryMaxLength = 4000;

    private PlanItemChange()
    {
    }

    public PlanItemChange(Guid id, Guid planItemId, DateTimeOffset changedAt, string summary, string? snapshot = null)
    {
        Snapshot = snapshot;
        Id = id;
        PlanItemId = planItemId;
        ChangedAt = changedAt;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public Guid Id { get; private set; }

    public Guid PlanItemId { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string Summary { get; private set; } = "";

    /// <summary>What the public plan showed of the item after this change (<see cref="PlanItemSnapshot"/>, as JSON).</summary>
    public string? Snapshot { get; private set; }
}
