using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;

namespace DecisionRecords.Web.Services.Changes;

/// <summary>The emails a change to a record sends, and their words: one hand-over, one email to whoever acts next.</summary>
public sealed class RecordEmails(Notifications notifications)
{
    public Task QueueAsync(DecisionRecord record, AuditPayload payload, CancellationToken cancellationToken)
    {
        var what = $"{record.Reference} {record.Title}";
        return payload switch
        {
            RecordSubmittedEvent => ToSignersAsync(SignOffStep.Advice, $"{record.Reference} is waiting for your advice",
                $"{what} has been submitted for sign-off.\n\nConfirm the advice, or return it to the author:\n{Link()}\n"),
            AdviceSignedEvent => ToSignersAsync(SignOffStep.Determination, $"{record.Reference} is waiting for your determination",
                $"{what} needs the publication-scheme determination:\n{Link()}\n"),
            DeterminationSignedEvent => ToSignersAsync(SignOffStep.Decision, $"{record.Reference} is waiting for your decision",
                $"{what} is ready for your decision:\n{Link()}\n"),
            DecisionSignedEvent e => ToAuthorAsync($"{record.Reference} has been decided",
                $"The Commissioner's decision on {what}: {e.Outcome.DisplayName()}.\n{Link()}\n"),
            RecordReturnedEvent e => ToAuthorAsync($"{record.Reference} has been returned to you",
                $"{e.ReturnedBy} returned {what} to you:\n\n{e.Comment}\n\n{Link()}\n"),
            RecordPublishedEvent { OnRelease: true } => ToAuthorAsync($"{record.Reference} has been published", $"{what} is now published.\n"),
            RecordWithheldEvent => ToAuthorAsync($"{record.Reference} is withheld from publication", $"{what} is recorded as withheld.\n"),
            _ => Task.CompletedTask,
        };

        string Link() => notifications.RecordUrl(record.Id);

        Task ToSignersAsync(SignOffStep step, string subject, string body) =>
            notifications.ToRolesAsync(SignStepAuthorizationHandler.RolesFor(step), subject, body, cancellationToken);

        Task ToAuthorAsync(string subject, string body) =>
            notifications.ToUserAsync(record.CreatedByUserId, subject, body, cancellationToken);
    }
}
