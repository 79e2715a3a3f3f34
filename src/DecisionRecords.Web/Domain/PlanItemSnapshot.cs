using System.Text.Json;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// What the public plan showed of an item just after one change: kept with the change, so that the plan can be printed
/// as it stood on any day. An exempt item's snapshot holds its general terms and reason, never the exempt detail.
/// </summary>
public sealed record PlanItemSnapshot(
    string Title, string? Matter, PlanDecisionMaker DecisionMaker, string Expected, DateOnly ExpectedOn, bool IsKeyDecision, string KeyDecisionBecause,
    string? Category, string LeadOfficer, string? Documents, string? Representations, bool IsExempt, string? ExemptReason, PlanItemStatus Status, string? StatusReason)
{
    public static PlanItemSnapshot Of(PlanItem item) => new(
        item.PublicTitle, item.IsExempt ? null : item.Matter, item.DecisionMaker, item.Expected, item.ExpectedOn, item.IsKeyDecision, item.KeyDecisionBecause,
        item.Category, item.LeadOfficer, item.IsExempt ? null : item.Documents, item.Representations, item.IsExempt, item.ExemptReason, item.Status, item.StatusReason);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PlanItemSnapshot? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<PlanItemSnapshot>(json);
}
