using System.Security.Claims;
using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

public class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signers and administrators must turn on two-factor sign-in before they can use anything but their account pages.</summary>
    public bool RequireTwoFactorForPrivilegedRoles { get; set; }

    public int SignInAttemptsPerMinute { get; set; } = 10;

    public static readonly IReadOnlyList<string> PrivilegedRoles =
        [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner, Roles.Administrator];
}

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

/// <summary>Sends a signer or administrator without two-factor sign-in to set it up, where the requirement is on.</summary>
public sealed class TwoFactorRequirementFilter(IOptions<SecurityOptions> options) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (options.Value.RequireTwoFactorForPrivilegedRoles
            && user.Identity?.IsAuthenticated == true
            && page.StartsWith("/Admin", StringComparison.Ordinal)
            && SecurityOptions.PrivilegedRoles.Any(user.IsInRole)
            && user.FindFirstValue(ApplicationClaimsPrincipalFactory.TwoFactorClaim) != "on")
        {
            context.Result = new RedirectResult("/account/security?required=true");
            return;
        }

        await next();
    }
}
