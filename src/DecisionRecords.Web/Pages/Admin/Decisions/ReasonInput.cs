namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>What a one-question form about a record posts: the version it was read at, and the words asked for.</summary>
public abstract class ReasonInput
{
    public int Version { get; set; }

    /// <summary>The words the user wrote, whatever the page calls them (comment, reason, change note, explanation).</summary>
    public abstract string? Text { get; }
}
