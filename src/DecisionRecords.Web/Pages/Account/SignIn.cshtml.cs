using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class SignInModel(SignInManager<ApplicationUser> signInManager, AuditLog audit, DecisionRecordsDbContext db, SignInTiming timing, Links links) : PageModel
{
    // One message for every failure, so the page does not reveal which accounts exist.
    public const string FailedMessage = "Enter a correct email address and password";
    public const string LockedOutMessage = "Your account is locked after too many failed attempts. Try again in 15 minutes";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signInManager.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            timing.SpendAsMuchAsAPasswordCheck(Input.Password!);
        }

        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            audit.Add(HttpContext.GetActingContext().As(user!.Id, user.Email), null, new UserSignedInEvent(WithSecurityCode: false));
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : links.Dashboard());
        }

        audit.Add(HttpContext.GetActingContext().As(user?.Id, Input.Email.Trim()), null, new UserSignInFailedEvent(Input.Email.Trim(), result.IsLockedOut, AtSecurityCode: false));
        await db.SaveChangesAsync();
        ModelState.AddModelError("Input.Email", result.IsLockedOut ? LockedOutMessage : FailedMessage);
        return Page();
    }

    public class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
        }
    }
}
