using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>
/// Confirms a subscription from the emailed link. Opening the link only shows the button, so that a mail scanner that
/// follows links subscribes no one; the button starts it.
/// </summary>
[AllowAnonymous]
public class ConfirmModel(EmailAlerts alerts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public AlertCriteria? Criteria { get; private set; }

    public AlertFrequency Frequency { get; private set; }

    public AlertSubscription? Confirmed { get; private set; }

    public IActionResult OnGet()
    {
        if (alerts.Read(Token) is not { } request)
        {
            return Invalid();
        }

        (Criteria, Frequency) = (request.Criteria, request.Frequency);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Confirmed = await alerts.ConfirmAsync(Token, cancellationToken);
        if (Confirmed is null)
        {
            return Invalid();
        }

        Criteria = Confirmed.Criteria;
        return Page();
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
