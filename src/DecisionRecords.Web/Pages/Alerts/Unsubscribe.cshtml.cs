using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>
/// Leaving in one click: the link in every email needs no sign-in and never expires. A mail client's own unsubscribe
/// button posts here with no cookie and no antiforgery token (RFC 8058), so the post needs neither; repeating it
/// changes nothing.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class UnsubscribeModel(EmailAlerts alerts) : PageModel
{
    public AlertSubscription? Subscription { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Subscription = await alerts.FindByTokenAsync(token, cancellationToken);
        return Subscription is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Subscription = await alerts.UnsubscribeAsync(token, cancellationToken);
        if (Subscription is null)
        {
            return NotFound();
        }

        Done = true;
        return Page();
    }
}
