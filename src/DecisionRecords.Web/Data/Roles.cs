using System.Security.Claims;
using DecisionRecords.Web.Domain;

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

    /// <summary>
    /// The office in which this user signs the step: the advice is given by the Chief Executive or by the Chief Finance
    /// Officer, and each is shown their own title rather than the form's "or".
    /// </summary>
    public static string SignerTitle(ClaimsPrincipal user, SignOffStep step) => step switch
    {
        SignOffStep.Advice when user.IsInRole(ChiefExecutive) => DisplayName(ChiefExecutive),
        SignOffStep.Advice when user.IsInRole(ChiefFinanceOfficer) => DisplayName(ChiefFinanceOfficer),
        _ => step.DisplayName(),
    };
}
