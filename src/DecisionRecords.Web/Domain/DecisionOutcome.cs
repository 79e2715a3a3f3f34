namespace DecisionRecords.Web.Domain;

public enum DecisionOutcome
{
    Supported,
    NotSupported,
}
