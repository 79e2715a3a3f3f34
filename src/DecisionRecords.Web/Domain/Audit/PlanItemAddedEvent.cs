namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An officer added an item to the forward plan, which publishes it.</summary>
public sealed record PlanItemAddedEvent(Guid PlanItemId, string Title, bool IsKeyDecision, bool IsExempt) : AuditPayload
{
    public override string Describe() =>
        $"Added “{Title}” to the forward plan{(IsKeyDecision ? " as a key decision" : "")}{(IsExempt ? " (exempt)" : "")}";
}
