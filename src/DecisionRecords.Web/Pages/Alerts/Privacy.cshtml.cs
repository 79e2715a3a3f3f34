using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Alerts;

[AllowAnonymous]
public class PrivacyModel(IOptions<OrganisationOptions> organisation, IOptions<AccessibilityOptions> accessibility, IOptions<EmailOptions> email) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;

    public string? ContactEmail => accessibility.Value.ContactEmail;

    public bool SendsThroughNotify => string.Equals(email.Value.Mode, "Notify", StringComparison.OrdinalIgnoreCase);

    public int ErasedAfterDays => (int)EmailAlerts.KeptAfterEnding.TotalDays;
}
