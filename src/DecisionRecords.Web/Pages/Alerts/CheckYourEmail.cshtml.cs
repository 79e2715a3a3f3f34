using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>The same page whoever asked, known address or not, so that the sign-up tells no one who subscribes.</summary>
[AllowAnonymous]
public class CheckYourEmailModel : PageModel
{
    public void OnGet()
    {
    }
}
