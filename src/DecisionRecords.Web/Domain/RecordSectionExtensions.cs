namespace DecisionRecords.Web.Domain;

public static class RecordSectionExtensions
{
    /// <summary>The section's heading, as the record form names it.</summary>
    public static string DisplayName(this RecordSection section) => section switch
    {
        RecordSection.SummaryOfIssue => "Summary of issue",
        RecordSection.Recommendations => "Recommendations presented",
        RecordSection.KeyDiscussionPoints => "Key discussion points",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
