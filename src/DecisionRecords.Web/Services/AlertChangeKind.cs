namespace DecisionRecords.Web.Services;

/// <summary>What happened to a decision, as an email alert tells it.</summary>
public enum AlertChangeKind
{
    Published,
    Updated,
    TakenDown,
    Withheld,
}
