namespace DecisionRecords.Web.Domain;

/// <summary>The view of the register an email alert follows: its words, category, delivery organisation, funding year and outcome.</summary>
public sealed record AlertCriteria(string? Q = null, string? Category = null, string? Organisation = null, string? FundingYear = null, DecisionOutcome? Outcome = null)
{
    public const int FieldMaxLength = 200;

    /// <summary>The criteria in plain words, as the sign-up page and every email state them.</summary>
    public string Describe()
    {
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
}
