using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>
/// Every subscription of one address, reached from the link in any email to it: no password, since only the address
/// owner has the link. Each can be changed to a digest or ended.
/// </summary>
[AllowAnonymous]
public class ManageModel(EmailAlerts alerts, Links links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public IReadOnlyList<AlertSubscription> Subscriptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await alerts.SubscriptionsOfAsync(Token, cancellationToken) is not { } subscriptions)
        {
            return NotFound();
        }

        Subscriptions = subscriptions;
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid subscription, CancellationToken cancellationToken)
    {
        if (!await alerts.EndAsync(Token, subscription, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetFlash("You have unsubscribed from that list");
        return Redirect(links.AlertsManage(Token));
    }
}
