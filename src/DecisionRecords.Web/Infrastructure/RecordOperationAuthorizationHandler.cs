using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Who may make which change to a record, other than signing it (<see cref="SignStepAuthorizationHandler"/>). Whether
/// the record's state allows the change is the record's own rule: its methods refuse an illegal move.
/// </summary>
public sealed class RecordOperationAuthorizationHandler : AuthorizationHandler<RecordOperation>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordOperation requirement)
    {
        var record = context.Resource as DecisionRecord;
        var isSystem = context.User.Identity?.AuthenticationType == ActingContext.SystemAuthenticationType;
        var reason = requirement.Name switch
        {
            nameof(RecordOperation.Create) or nameof(RecordOperation.Edit) or nameof(RecordOperation.Delete) or nameof(RecordOperation.Submit)
                or nameof(RecordOperation.Withdraw) or nameof(RecordOperation.Amend) =>
                context.User.IsInRole(Roles.Author) ? null : "Only an author can do this.",
            nameof(RecordOperation.Return) => record?.CurrentStep is not { } step
                ? $"Record {record?.Reference} is not in sign-off."
                : SignStepAuthorizationHandler.RolesFor(step).Any(context.User.IsInRole) ? null : $"Only the {step.DisplayName()} can return this record now.",
            nameof(RecordOperation.Unpublish) or nameof(RecordOperation.ExplainNote) =>
                context.User.IsInRole(Roles.MonitoringOfficer) ? null : "Only the Monitoring Officer can do this.",
            nameof(RecordOperation.Release) => isSystem ? null : "Records are released on their day of publication by the service itself.",
            nameof(RecordOperation.Import) => isSystem || context.User.IsInRole(Roles.Administrator) ? null : "Only an administrator can import records.",
            nameof(RecordOperation.Review) or nameof(RecordOperation.Categorise) => context.User.IsInRole(Roles.Author) || context.User.IsInRole(Roles.MonitoringOfficer)
                ? null
                : "Only an author or the Monitoring Officer can review or categorise an imported record.",
            _ => $"No rule says who may {requirement.Name.ToLowerInvariant()} a record.",
        };

        if (reason is null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, reason));
        }

        return Task.CompletedTask;
    }
}
