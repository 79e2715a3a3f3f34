using System.Security.Claims;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Who may sign which step of a record: the one place that says. The Chief Executive or the Chief Finance Officer
/// confirms the advice, the Monitoring Officer makes the determination and the Commissioner records the decision; no
/// one signs two steps of one record, and the author does not confirm the advice on their own record (both settings
/// in <see cref="SignOffOptions"/>). A signer also confirms with their password or security code at the moment of
/// signing (<see cref="SignatureCredentials"/>).
/// </summary>
public sealed class SignStepAuthorizationHandler(IOptions<SignOffOptions> options) : AuthorizationHandler<SignStepRequirement, DecisionRecord>
{
    public static IReadOnlyList<string> RolesFor(SignOffStep step) => step switch
    {
        SignOffStep.Advice => [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer],
        SignOffStep.Determination => [Roles.MonitoringOfficer],
        SignOffStep.Decision => [Roles.Commissioner],
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignStepRequirement requirement, DecisionRecord record)
    {
        if (WhyNot(context.User, requirement.Step, record) is { } reason)
        {
            context.Fail(new AuthorizationFailureReason(this, reason));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private string? WhyNot(ClaimsPrincipal user, SignOffStep step, DecisionRecord record)
    {
        if (record.CurrentStep != step)
        {
            return $"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()} and is not waiting for the {step.DisplayName()} signature.";
        }

        if (!RolesFor(step).Any(user.IsInRole))
        {
            return $"Only the {step.DisplayName()} can sign this step.";
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (options.Value.SeparateDuties && record.ValidSignatures.Any(s => s.UserId == userId))
        {
            return "You have already signed another step of this record; someone else must sign this one.";
        }

        if (options.Value.AuthorCannotAdvise && step == SignOffStep.Advice && record.CreatedByUserId == userId)
        {
            return "You wrote this record, so someone else must confirm the advice.";
        }

        return null;
    }
}
