using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages;

[AllowAnonymous]
public class IndexModel(IOptions<OrganisationOptions> organisation) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;

    public string CommissionerTitle => organisation.Value.CommissionerTitle;
}
