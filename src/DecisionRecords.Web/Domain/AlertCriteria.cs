namespace DecisionRecords.Web.Domain;

/// <summary>
/// The view an email alert follows: of the register (words, category, delivery organisation, funding year, outcome),
/// or of the forward plan (<see cref="ForwardPlan"/>: words, category, decision maker, key decisions only).
/// </summary>
public sealed record AlertCriteria(string? Q = null, string? Category = null, string? Organisation = null, string? FundingYear = null, DecisionOutcome? Outcome = null,
    bool ForwardPlan = false, PlanDecisionMaker? Maker = null, bool KeyOnly = false)
{
    public const int FieldMaxLength = 200;

    /// <summary>The criteria of a view of the register as its query string gives them; what the register would ignore is left out.</summary>
    public static AlertCriteria From(string? q, string? category, string? organisation, string? fundingYear, string? outcome) =>
        new(Clean(q), Clean(category), Clean(organisation),
            Clean(fundingYear) is { } year && FinancialYear.TryNormalise(year, out var normalised) ? normalised : null,
            Enum.TryParse<DecisionOutcome>(outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(outcome, out _) ? parsed : null);

    /// <summary>The criteria of a view of the forward plan as its query string gives them.</summary>
    public static AlertCriteria ForPlan(string? q, string? category, string? maker, string? key) =>
        new(Clean(q), Clean(category), ForwardPlan: true,
            Maker: Enum.TryParse<PlanDecisionMaker>(maker, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(maker, out _) ? parsed : null,
            KeyOnly: key == "yes");

    public bool IsEverything => this == new AlertCriteria();

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is { Length: > FieldMaxLength } long_ ? long_[..FieldMaxLength] : value.Trim();

    /// <summary>The criteria in plain words, as the sign-up page and every email state them.</summary>
    public string Describe()
    {
        if (ForwardPlan)
        {
            return DescribePlan();
        }

        var parts = new List<string> { "Decisions" };
        if (Category is { Length: > 0 })
        {
            parts.Add($"in {Category}");
        }

        if (Organisation is { Length: > 0 })
        {
            parts.Add($"with funding for {Organisation}");
        }

        if (FundingYear is { Length: > 0 })
        {
            parts.Add($"with funding in {FundingYear}");
        }

        if (Outcome is { } outcome)
        {
            parts.Add(outcome == DecisionOutcome.Supported ? "that the Commissioner supported" : "that the Commissioner did not support");
        }

        if (Q is { Length: > 0 })
        {
            parts.Add($"matching “{Q}”");
        }

        return parts.Count == 1 ? "All decisions" : string.Join(' ', parts);
    }

    private string DescribePlan()
    {
        var parts = new List<string> { KeyOnly ? "Key decisions on the forward plan" : "Forward plan items" };
        if (Category is { Length: > 0 })
        {
            parts.Add($"in {Category}");
        }

        if (Maker is { } maker)
        {
            parts.Add($"for the {maker.DisplayName()} to decide");
        }

        if (Q is { Length: > 0 })
        {
            parts.Add($"matching “{Q}”");
        }

        return parts.Count == 1 && !KeyOnly ? "Every change to the forward plan" : string.Join(' ', parts);
    }
}
