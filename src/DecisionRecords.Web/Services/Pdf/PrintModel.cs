namespace DecisionRecords.Web.Services.Pdf;

/// <param name="Certificate">The audit certificate page, on the sealed public PDF only.</param>
public sealed record PrintModel(PublishedDecision Decision, bool Draft, Sealing.AuditCertificate? Certificate = null);
