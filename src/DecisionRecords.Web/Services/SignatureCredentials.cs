using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// A signature is confirmed at the moment of signing with the signer's password or, where two-factor sign-in is on, the
/// code their authenticator app shows: a session left open is not enough to sign.
/// </summary>
public class SignatureCredentials(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signInManager, IOptions<SignOffOptions> options)
{
    public async Task<SignerProof> ProveAsync(ActingContext actor, string credential)
    {
        var user = actor.UserId is null ? null : await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return new SignerProof(null, SignatureConfirmation.Password, "You are no longer a user of the service");
        }

        var code = credential.Replace(" ", "", StringComparison.Ordinal);
        if (options.Value.RequireTwoFactor && !user.TwoFactorEnabled)
        {
            return new SignerProof(user, SignatureConfirmation.Authenticator, "Turn on two-factor sign-in in Account security before you sign");
        }

        if (user.TwoFactorEnabled && code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
            return new SignerProof(user, SignatureConfirmation.Authenticator, valid ? null : "Enter the code your authenticator app shows now");
        }

        if (options.Value.RequireTwoFactor)
        {
            return new SignerProof(user, SignatureConfirmation.Authenticator, "Enter the 6-digit code from your authenticator app");
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, credential, lockoutOnFailure: true);
        return new SignerProof(user, SignatureConfirmation.Password,
            result.Succeeded ? null : result.IsLockedOut ? "Your account is locked after too many failed attempts" : Security.AccountSecurity.WrongPassword);
    }
}
