using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>One item as the public reads it, and whether it is new.</summary>
public sealed record PlanItemView(PlanItem Item, bool IsNew);
