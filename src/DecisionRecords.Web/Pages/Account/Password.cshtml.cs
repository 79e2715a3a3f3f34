using DecisionRecords.Web.Data;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Account;

/// <summary>A new password, given the current one (and a current code where two-factor sign-in is on).</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class PasswordModel(UserManager<ApplicationUser> users, AccountSecurity security, Links links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public async Task OnGetAsync() => TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(await UserAsync());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await security.ProveAsync(user, Input.Password, Input.Code) is { } problem)
        {
            ModelState.AddModelError($"Input.{problem.Field}", problem.Message);
            return Page();
        }

        var result = await security.ChangePasswordAsync(HttpContext.GetActingContext(), user, Input.Password!, Input.NewPassword!, cancellationToken);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError("Input.NewPassword", e.Description));
            return Page();
        }

        TempData.SetFlash("Your password is changed. Your other sessions have ended");
        return Redirect(links.AccountSecurity());
    }

    private async Task<ApplicationUser> UserAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("No signed-in user.");

    public class InputModel
    {
        public string? Password { get; set; }

        public string? Code { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your current password");
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Enter a new password")
                .MinimumLength(12).WithMessage("Password must be 12 characters or more");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Passwords must match");
        }
    }
}
