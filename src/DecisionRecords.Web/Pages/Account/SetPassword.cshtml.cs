using DecisionRecords.Web.Data;
using DecisionRecords.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Account;

/// <summary>Where an invitation or reset link lands: the token proves the link came from an administrator.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class SetPasswordModel(UserManager<ApplicationUser> users) : PageModel
{
    public const string InvalidLinkMessage = "This link has expired or has already been used. Ask an administrator for a new one";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email;
        Input.Token = token;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email ?? "");
        var result = user is null || string.IsNullOrEmpty(Input.Token)
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, Input.Token, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : "Input.Password",
                    error.Code == "InvalidToken" ? InvalidLinkMessage : error.Description);
            }

            return Page();
        }

        TempData.SetFlash("Your password is set. Sign in with it now");
        return RedirectToPage("SignIn");
    }

    public class InputModel
    {
        public string? Email { get; set; }

        public string? Token { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter a new password")
                .MinimumLength(12).WithMessage("Password must be 12 characters or more");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("Passwords must match");
        }
    }
}
