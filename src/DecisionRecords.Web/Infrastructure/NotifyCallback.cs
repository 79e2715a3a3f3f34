using System.Text.Json.Serialization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>What GOV.UK Notify posts: a delivery receipt (with a status) or a complaint (with a complaint id).</summary>
public sealed record NotifyCallback(
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("complaint_id")] string? ComplaintId,
    [property: JsonPropertyName("reference")] string? Reference);
