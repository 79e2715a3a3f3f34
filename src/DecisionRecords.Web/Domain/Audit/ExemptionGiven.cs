namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A funding table, line or document the Monitoring Officer left out of the published record, and why.</summary>
public sealed record ExemptionGiven(Guid ItemId, string Reason);
