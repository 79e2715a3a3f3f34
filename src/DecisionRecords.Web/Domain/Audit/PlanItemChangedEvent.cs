namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An officer changed, deferred or withdrew a forward plan item: the change as its public history says it.</summary>
public sealed record PlanItemChangedEvent(Guid PlanItemId, string Title, string Change) : AuditPayload
{
    public override string Describe() =>
        $"Forward plan item “{Title}”: {Change}";
}
