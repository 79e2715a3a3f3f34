using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>A signed-in user refused only for want of two-factor sign-in is sent to set it up, not told they are not allowed.</summary>
public sealed class TwoFactorSetupRedirect(Links links) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.Any(r => r is TwoFactorRequirement) == true
            && authorizeResult.AuthorizationFailure.FailedRequirements.All(r => r is TwoFactorRequirement))
        {
            context.Response.Redirect(links.AccountSecurity(required: true));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
