namespace DecisionRecords.Web.Domain;

public static class DecisionOutcomeExtensions
{
    /// <summary>The outcome in the words of the record; the one place an outcome becomes text.</summary>
    public static string DisplayName(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Supported => "Supported",
        DecisionOutcome.NotSupported => "Not supported",
        _ => outcome.ToString(),
    };
}
