namespace DecisionRecords.Web.Domain;

public enum SignOffStep
{
    Advice,
    Determination,
    Decision,
}
