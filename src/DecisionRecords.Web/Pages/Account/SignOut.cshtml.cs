using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Account;

[AllowAnonymous]
public class SignOutModel(SignInManager<ApplicationUser> signInManager, AuditLog audit, DecisionRecordsDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Ends this session, and every other session of the user: a new security stamp fails their next check.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            audit.Add(HttpContext.GetActingContext(), null, new UserSignedOutEvent());
            await db.SaveChangesAsync();
        }

        await signInManager.SignOutAsync();
        return RedirectToPage();
    }
}
