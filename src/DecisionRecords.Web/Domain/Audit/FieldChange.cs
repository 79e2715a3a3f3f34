namespace DecisionRecords.Web.Domain.Audit;

/// <summary>One field of a record as it was and as it became, both as the user sees them.</summary>
public sealed record FieldChange(string Field, string Before, string After);
