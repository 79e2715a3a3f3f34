using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Alerts;

[AllowAnonymous]
public class PrivacyModel(IOptions<OrganisationOptions> organisation, IOptions<AccessibilityOptions> accessibility) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;

    public string? ContactEmail => accessibility.Value.ContactEmail;

    public int ErasedAfterDays => (int)EmailAlerts.KeptAfterEnding.TotalDays;
}
