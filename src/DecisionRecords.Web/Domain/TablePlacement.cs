namespace DecisionRecords.Web.Domain;

/// <summary>Where a funding table stands in the record, so that it reads as the original does.</summary>
public enum TablePlacement
{
    SummaryOfIssue,
    Recommendations,
    KeyDiscussionPoints,

    /// <summary>After the Commissioner's decision, as an appendix.</summary>
    Appendix,
}
