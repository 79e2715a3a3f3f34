using System.Security.Claims;
using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Puts whether the user has two-factor sign-in into their cookie, so the requirement costs no database read.</summary>
public sealed class ApplicationClaimsPrincipalFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string TwoFactorClaim = "decision-records:two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "on" : "off"));
        return identity;
    }
}
