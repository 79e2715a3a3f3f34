namespace DecisionRecords.Web.Domain;

public static class PlanDecisionMakerExtensions
{
    public static string DisplayName(this PlanDecisionMaker maker) => maker switch
    {
        PlanDecisionMaker.Commissioner => "Police and Crime Commissioner",
        PlanDecisionMaker.DeputyCommissioner => "Deputy Police and Crime Commissioner",
        PlanDecisionMaker.ChiefExecutive => "Chief Executive",
        PlanDecisionMaker.ChiefFinanceOfficer => "Chief Finance Officer",
        _ => maker.ToString(),
    };
}
