namespace DecisionRecords.Web.Domain;

/// <summary>What a funding table's figures are to the decision, which decides whether they count towards its value.</summary>
public enum TableRole
{
    /// <summary>Money this decision commits: the counted year columns add to the value of the decision.</summary>
    Commitment,

    /// <summary>A breakdown of money counted elsewhere (a line of another table, say): shown, never added again.</summary>
    Breakdown,

    /// <summary>Figures for comparison or context, such as previous years' budgets: shown, never counted.</summary>
    Context,

    /// <summary>Money the office receives (a grant from the Home Office, say): shown, never added to what it spends.</summary>
    Income,
}
