namespace DecisionRecords.Web.Data;

public static class Roles
{
    public const string Author = nameof(Author);
    public const string ChiefExecutive = nameof(ChiefExecutive);
    public const string ChiefFinanceOfficer = nameof(ChiefFinanceOfficer);
    public const string MonitoringOfficer = nameof(MonitoringOfficer);
    public const string Commissioner = nameof(Commissioner);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All =
        [Author, ChiefExecutive, ChiefFinanceOfficer, MonitoringOfficer, Commissioner, Administrator];

    /// <summary>The roles that read decision records; an administrator who holds none of them manages the service only.</summary>
    public static readonly IReadOnlyList<string> Officers =
        [Author, ChiefExecutive, ChiefFinanceOfficer, MonitoringOfficer, Commissioner];

    /// <summary>The roles that sign a step of the sequence.</summary>
    public static readonly IReadOnlyList<string> Signers = [ChiefExecutive, ChiefFinanceOfficer, MonitoringOfficer, Commissioner];

    public static string DisplayName(string role) => role switch
    {
        ChiefExecutive => "Chief Executive",
        ChiefFinanceOfficer => "Chief Finance Officer",
        MonitoringOfficer => "Monitoring Officer",
        Commissioner => "Police and Crime Commissioner",
        _ => role,
    };
}
