namespace DecisionRecords.Web.Domain;

/// <summary>Where a forward plan item stands: still planned, put back to a new date, or withdrawn with a reason.</summary>
public enum PlanItemStatus
{
    Planned,
    Deferred,
    Withdrawn,
}
