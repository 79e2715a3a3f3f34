namespace DecisionRecords.Web.Services.Import;

/// <param name="DryRun">Read and report only; nothing is saved.</param>
/// <param name="Replace">Replace a record already imported from another document with the same reference.</param>
/// <param name="HoldForReview">Hold each record as "Imported, awaiting review" until an officer has checked what was inferred.</param>
public sealed record ImportOptions(bool DryRun = false, bool Replace = false, bool HoldForReview = false);
