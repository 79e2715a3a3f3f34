namespace DecisionRecords.Web.Domain;

/// <summary>How often a subscription is emailed: at each change, or in one digest a day or a week at fixed London times.</summary>
public enum AlertFrequency
{
    Immediately,
    Daily,
    Weekly,
}
