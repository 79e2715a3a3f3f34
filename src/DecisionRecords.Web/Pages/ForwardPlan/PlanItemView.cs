using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>One item as the public reads it, whether it is new, and the published record of the decision once there is one.</summary>
public sealed record PlanItemView(PlanItem Item, bool IsNew, PublishedVersion? Decision = null)
{
    /// <summary>The published decision's key decision and notice, with any reason for less notice: what the record itself publishes.</summary>
    public Services.PublishedNotice? Notice => Decision is { IsStub: false } decision ? Services.PublishedDecision.FromJson(decision.ContentJson).Notice : null;
}
