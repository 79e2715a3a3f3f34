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
public class SignInModel(SignInManager<ApplicationUser> signInManager, AuditLog audit, DecisionRecordsDbContext db, SignInTiming timing, Notifications notifications, Links links) : PageModel
{
    // One message, and one cost, for every failure (unknown address, wrong password, locked or disabled account), so the
    // page does not reveal which accounts exist. A locked-out officer learns it by email.
    public const string FailedMessage = "Enter a correct email address and password";

    /// <summary>Only after the password is proved, at the security-code step.</summary>
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

        var wasLockedOut = user is not null && await signInManager.UserManager.IsLockedOutAsync(user);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsNotAllowed || (result.IsLockedOut && wasLockedOut))
        {
            // Identity refused before it checked the password: spend what a check costs all the same.
            timing.SpendAsMuchAsAPasswordCheck(Input.Password!);
        }
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
        if (user is not null && result.IsLockedOut && !wasLockedOut)
        {
            await notifications.ToUserAsync(user.Id, "Your account is locked for 15 minutes",
                "Someone entered the wrong password for your account too many times, so it is locked for 15 minutes.\n\nIf this was you, wait 15 minutes and sign in again. If it was not, tell an administrator: someone may be trying to get into your account.\n",
                HttpContext.RequestAborted);
        }

        await db.SaveChangesAsync();
        ModelState.AddModelError("Input.Email", FailedMessage);
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
