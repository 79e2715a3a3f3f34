using System.Globalization;
using System.Text.Encodings.Web;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace DecisionRecords.Web.Pages.Account;

/// <summary>
/// Two-factor sign-in. Reading the page changes nothing; setting up an authenticator, turning two-factor sign-in off
/// and making new recovery codes each need the password (and, when it is on, a current code) at that moment.
/// </summary>
public class SecurityModel(UserManager<ApplicationUser> users, AccountSecurity security, DecisionRecordsDbContext db, TimeProvider time) : PageModel
{
    /// <summary>Where the user is signed in now: every session that has not ended.</summary>
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>Shown once, in the answer to the post that made it, never on a page anyone can load again.</summary>
    public string? SharedKey { get; private set; }

    public string QrCodeSvg { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        var now = time.GetUtcNow();
        Sessions = (await db.UserSessions.AsNoTracking().Where(s => s.UserId == user.Id && s.SecurityStamp == user.SecurityStamp).ToListAsync(cancellationToken))
            .Where(s => s.ExpiresAt is null || s.ExpiresAt > now).OrderByDescending(s => s.LastUsedAt).ToList();
        return Page();
    }

    /// <summary>Step one of turning it on: after the password, a new key for the authenticator app.</summary>
    public async Task<IActionResult> OnPostSetupAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        if (await ProvedAsync(user) is { } refused)
        {
            return refused;
        }

        ShowKey(user, await security.NewAuthenticatorKeyAsync(HttpContext.GetActingContext(), user, cancellationToken));
        return Page();
    }

    /// <summary>Step two: a code from the app shows it holds the new key.</summary>
    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (!ModelState.IsValid || TwoFactorEnabled)
        {
            return Page();
        }

        RecoveryCodes = await security.EnableAsync(HttpContext.GetActingContext(), user, Input.Code!, cancellationToken);
        if (RecoveryCodes is null)
        {
            ModelState.AddModelError("Input.Code", AccountSecurity.WrongCode);
            ShowKey(user, (await users.GetAuthenticatorKeyAsync(user))!);
            return Page();
        }

        TwoFactorEnabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        if (await ProvedAsync(user) is { } refused)
        {
            return refused;
        }

        await security.DisableAsync(HttpContext.GetActingContext(), user, cancellationToken);
        TempData.SetFlash("Two-factor sign-in is off");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var user = await UserAsync();
        if (await ProvedAsync(user) is { } refused)
        {
            return refused;
        }

        RecoveryCodes = await security.NewRecoveryCodesAsync(HttpContext.GetActingContext(), user, cancellationToken);
        return Page();
    }

    private async Task<ApplicationUser> UserAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>The page again with the reason, or null when the password (and code) prove who this is.</summary>
    private async Task<IActionResult?> ProvedAsync(ApplicationUser user)
    {
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

        return null;
    }

    private void ShowKey(ApplicationUser user, string key)
    {
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            UrlEncoder.Default.Encode("DecisionRecords"), UrlEncoder.Default.Encode(user.Email!), key);
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeSvg = new SvgQRCode(data).GetGraphic(4);
    }

    public class InputModel
    {
        /// <summary>Which form was sent: setup, enable, disable or recovery-codes.</summary>
        public string? Action { get; set; }

        public string? Password { get; set; }

        public string? Code { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Password).NotEmpty().When(x => x.Action != "enable").WithMessage("Enter your password");
            RuleFor(x => x.Code).NotEmpty().When(x => x.Action == "enable").WithMessage("Enter the code from your authenticator app");
        }
    }
}
