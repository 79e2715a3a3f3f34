namespace DecisionRecords.Web.Domain;

/// <summary>Who is to take a decision on the forward plan.</summary>
public enum PlanDecisionMaker
{
    Commissioner,
    DeputyCommissioner,
    ChiefExecutive,
    ChiefFinanceOfficer,
}
