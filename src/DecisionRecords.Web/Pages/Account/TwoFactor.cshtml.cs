using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class TwoFactorModel(SignInManager<ApplicationUser> signInManager, AuditLog audit, DecisionRecordsDbContext db, Links links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim());
        if (result.Succeeded)
        {
            audit.Add(HttpContext.GetActingContext().As(user.Id, user.Email), null, new UserSignedInEvent(WithSecurityCode: true));
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : links.Dashboard());
        }

        audit.Add(HttpContext.GetActingContext().As(user.Id, user.Email), null, new UserSignInFailedEvent(user.Email!, result.IsLockedOut, AtSecurityCode: true));
        await db.SaveChangesAsync();
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? SignInModel.LockedOutMessage : "Enter a correct security code");
        return Page();
    }

    public class InputModel
    {
        public string? Code { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.Code).NotEmpty().WithMessage("Enter your security code");
    }
}
