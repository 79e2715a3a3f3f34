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

    /// <summary>Set by a digest's one-click address: every list of the address sent at this frequency ends.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    public AlertFrequency? All => Enum.TryParse<AlertFrequency>(From, ignoreCase: true, out var frequency) && Enum.IsDefined(frequency) && !int.TryParse(From, out _) ? frequency : null;

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Subscription = await alerts.UnsubscribeAsync(token, All, cancellationToken);
        if (Subscription is null)
        {
            return NotFound();
        }

        Done = true;
        return Page();
    }
}
