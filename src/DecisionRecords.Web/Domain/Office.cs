namespace DecisionRecords.Web.Domain;

public enum Office
{
    Commissioner,
    ChiefExecutive,
    ChiefFinanceOfficer,
    MonitoringOfficer,
}
