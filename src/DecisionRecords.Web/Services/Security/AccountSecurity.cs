using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Services.Security;

/// <summary>
/// Changes to how a user proves who they are: their authenticator, recovery codes and password. Each needs fresh proof
/// (the password and, with two-factor sign-in on, a current code), so a stolen session cookie alone changes nothing;
/// each is audited and emailed to the user, and ends their other sessions (a new security stamp).
/// </summary>
public class AccountSecurity(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    AuditLog audit,
    Notifications notifications,
    DecisionRecordsDbContext db)
{
    public const string WrongPassword = "Enter the correct password";
    public const string WrongCode = "Enter the code your authenticator app shows now";
    public const string CodeNeeded = "Enter the 6-digit code from your authenticator app";

    /// <summary>Checks the password (a wrong one counts towards lockout) and, where two-factor sign-in is on, a current code.</summary>
    public async Task<(string Field, string Message)?> ProveAsync(ApplicationUser user, string? password, string? code)
    {
        var result = await signInManager.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return ("Password", result.IsLockedOut ? "Your account is locked after too many failed attempts" : WrongPassword);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length == 0)
            {
                return ("Code", CodeNeeded);
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            {
                return ("Code", WrongCode);
            }
        }

        return null;
    }

    /// <summary>A new authenticator key, shown once to the user who proved who they are. The old key stops working.</summary>
    public async Task<string> NewAuthenticatorKeyAsync(ActingContext actor, ApplicationUser user, CancellationToken cancellationToken)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(actor, user, new UserAuthenticatorResetEvent(), "A new authenticator app was set up",
            "Someone signed in as you set up a new authenticator app for your account.", cancellationToken);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Turns two-factor sign-in on when the code proves the new authenticator works; the recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ActingContext actor, ApplicationUser user, string code, CancellationToken cancellationToken)
    {
        var digits = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await RecordAsync(actor, user, new UserTwoFactorEnabledEvent(), "Two-factor sign-in is on",
            "Two-factor sign-in was turned on for your account.", cancellationToken);
        return codes;
    }

    public async Task DisableAsync(ActingContext actor, ApplicationUser user, CancellationToken cancellationToken)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(actor, user, new UserTwoFactorDisabledEvent(), "Two-factor sign-in is off",
            "Two-factor sign-in was turned off for your account.", cancellationToken);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(ActingContext actor, ApplicationUser user, CancellationToken cancellationToken)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(actor, user, new UserRecoveryCodesResetEvent(), "New recovery codes",
            "New recovery codes were made for your account; the old ones no longer work.", cancellationToken);
        return codes;
    }

    public async Task<IdentityResult> ChangePasswordAsync(ActingContext actor, ApplicationUser user, string current, string replacement, CancellationToken cancellationToken)
    {
        var result = await users.ChangePasswordAsync(user, current, replacement);
        if (result.Succeeded)
        {
            await RecordAsync(actor, user, new UserPasswordChangedEvent(), "Your password was changed",
                "The password of your account was changed.", cancellationToken);
        }

        return result;
    }

    /// <summary>Audits the change, emails the user, and keeps this session while every other one ends.</summary>
    private async Task RecordAsync(ActingContext actor, ApplicationUser user, AuditPayload payload, string subject, string what, CancellationToken cancellationToken)
    {
        audit.Add(actor.As(user.Id, user.Email), null, payload);
        await notifications.ToUserAsync(user.Id, subject,
            $"{what}\n\nIf this was you, there is nothing more to do. If it was not, tell an administrator at once: your account may be in someone else's hands.\n",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await signInManager.RefreshSignInAsync(user);
    }
}
