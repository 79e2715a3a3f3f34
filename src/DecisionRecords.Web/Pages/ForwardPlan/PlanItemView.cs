using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>One item as the public reads it, whether it is new, and the published record of the decision once there is one.</summary>
public sealed record PlanItemView(PlanItem Item, bool IsNew, PublishedVersion? Decision = null);
