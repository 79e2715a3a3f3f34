using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages;

[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.Policy)]
public class AccessibilityModel(IOptions<OrganisationOptions> organisation) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;
}
