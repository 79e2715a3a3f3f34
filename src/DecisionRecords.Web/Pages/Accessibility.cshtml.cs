using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages;

[AllowAnonymous]
[PublicResponse]
public class AccessibilityModel(IOptions<OrganisationOptions> organisation, IOptions<AccessibilityOptions> accessibility) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;

    public AccessibilityOptions Statement => accessibility.Value;
}
