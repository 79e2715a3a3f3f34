using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

public sealed class TwoFactorRequirementHandler(IOptions<SecurityOptions> options) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        var user = context.User;
        var exempt = !options.Value.RequireTwoFactorForPrivilegedRoles || !SecurityOptions.PrivilegedRoles.Any(user.IsInRole);
        if (exempt || user.FindFirstValue(ApplicationClaimsPrincipalFactory.TwoFactorClaim) == "on")
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
