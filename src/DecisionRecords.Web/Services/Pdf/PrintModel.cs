namespace DecisionRecords.Web.Services.Pdf;

public sealed record PrintModel(PublishedDecision Decision, bool Draft);
