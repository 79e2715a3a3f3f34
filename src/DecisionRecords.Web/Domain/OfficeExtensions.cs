namespace DecisionRecords.Web.Domain;

public static class OfficeExtensions
{
    public static string DisplayName(this Office office) => office switch
    {
        Office.Commissioner => "Police and Crime Commissioner",
        Office.ChiefExecutive => "Chief Executive",
        Office.ChiefFinanceOfficer => "Chief Finance Officer",
        Office.MonitoringOfficer => "Monitoring Officer",
        _ => office.ToString(),
    };
}
