using DecisionRecords.Web.Data;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Users;

public class EditModel(UserManager<ApplicationUser> users, UserAdministrationService service, Links links) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public new ApplicationUser User { get; private set; } = null!;

    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new UserForm { DisplayName = User.DisplayName, JobTitle = User.JobTitle, Roles = [.. await users.GetRolesAsync(User)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.UpdateUserAsync(HttpContext.GetActingContext(), id, Input.DisplayName!, Input.JobTitle!, Input.Roles, cancellationToken);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError("Input.DisplayName", e));
            return Page();
        }

        TempData.SetFlash($"{Input.DisplayName!.Trim()} saved");
        return Redirect(links.Users());
    }

    /// <summary>Emails a new invitation, and shows its link in this answer only (never on a page that can be loaded again).</summary>
    public async Task<IActionResult> OnPostInviteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new UserForm { DisplayName = User.DisplayName, JobTitle = User.JobTitle, Roles = [.. await users.GetRolesAsync(User)] };
        ModelState.Clear();
        InvitationLink = await service.InviteAsync(HttpContext.GetActingContext(), User, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disable, CancellationToken cancellationToken)
    {
        var result = await service.SetDisabledAsync(HttpContext.GetActingContext(), id, disable, cancellationToken);
        if (!result.Succeeded)
        {
            TempData.SetImportantFlash(result.Errors[0]);
            return Redirect(links.User(id));
        }

        TempData.SetFlash($"{result.User!.DisplayName} {(disable ? "disabled" : "enabled")}");
        return Redirect(links.User(id));
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        User = user;
        return true;
    }
}
