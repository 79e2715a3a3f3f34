namespace DecisionRecords.Web.Services;

public class ForwardPlanOptions
{
    public const string Section = "ForwardPlan";

    /// <summary>The office's own threshold: a decision estimated at this many pounds or more is a key decision.</summary>
    public long KeyDecisionThresholdPounds { get; set; } = 500_000;

    /// <summary>How long an item is marked "New" on the public plan after it is first published.</summary>
    public int NewForDays { get; set; } = 28;
}
