namespace DecisionRecords.Web.Domain;

/// <summary>The sections of text of a decision record.</summary>
public enum RecordSection
{
    SummaryOfIssue,
    Recommendations,
    KeyDiscussionPoints,
}
