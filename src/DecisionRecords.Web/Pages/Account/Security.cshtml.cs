using System.Globalization;
using System.Text.Encodings.Web;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DecisionRecords.Web.Pages.Account;

public class SecurityModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signInManager, AuditLog audit, DecisionRecordsDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeSvg { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await users.GetUserAsync(User) ?? throw new InvalidOperationException());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException();
        if (ModelState.IsValid)
        {
            var code = Input.Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
                audit.Add(AuditEventTypes.UserTwoFactorEnabled, null, "Turned on two-factor sign-in");
                await db.SaveChangesAsync();
                await signInManager.RefreshSignInAsync(user);
                TwoFactorEnabled = true;
                return Page();
            }

            ModelState.AddModelError("Input.Code", "Enter the code your authenticator app shows now");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Add(AuditEventTypes.UserTwoFactorDisabled, null, "Turned off two-factor sign-in");
        await db.SaveChangesAsync();
        await signInManager.RefreshSignInAsync(user);
        TempData.SetFlash("Two-factor sign-in is off");
        return RedirectToPage();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (TwoFactorEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            UrlEncoder.Default.Encode("DecisionRecords"), UrlEncoder.Default.Encode(user.Email!), key);
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeSvg = new SvgQRCode(data).GetGraphic(4)
            .Replace("<svg ", "<svg role=\"img\" aria-label=\"QR code for your authenticator app\" ", StringComparison.Ordinal);
    }

    public class InputModel
    {
        public string? Code { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code from your authenticator app");
    }
}
