namespace DecisionRecords.Web.Services;

public sealed record AuditVerification(bool IsIntact, long Count, long? BrokenAt, string? Problem);
