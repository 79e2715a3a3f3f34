using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Alerts;

/// <summary>How many people follow each view of the register by email; never who.</summary>
public class IndexModel(EmailAlerts alerts, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AlertListCount> Lists { get; private set; } = [];

    public bool CanExport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lists = await alerts.CountsAsync(cancellationToken);
        CanExport = (await authorization.AuthorizeAsync(User, Policies.Administer)).Succeeded;
    }
}
