using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;

namespace DecisionRecords.Web.Services;

/// <summary>The sign-off sequence: submission, the advice, the determination and the decision, and return to the author.</summary>
public class SignOffService(RecordChanges changes, SignatureCredentials credentials, PublicationService publication, KeyDecisionNotices notices)
{
    public Task<ChangeResult> SubmitAsync(ActingContext actor, Guid id, int version, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Submit, async change =>
        {
            if (change.Record.MissingForSubmission() is { Count: > 0 } missing)
            {
                change.Refuse(string.Join(". ", missing));
            }

            var notice = await notices.ForAsync(change.Record, cancellationToken);
            if (change.Record.NoticeProblem(notice, UkTime.DateOf(actor.Now)) is { } problem)
            {
                change.Refuse(problem.Replace("return it to its author to add the reason", "add it under \"Key decision and notice\"", StringComparison.Ordinal));
            }

            change.Record.Submit(actor.Now, notice);
            change.Raise(new RecordSubmittedEvent(change.Record.Reference), CanonicalContent.Hash(change.Record));
        }, cancellationToken);

    public Task<ChangeResult> AdviseAsync(ActingContext actor, Guid id, int version, string credential, CancellationToken cancellationToken) =>
        SignAsync(actor, id, version, SignOffStep.Advice, credential, (change, signature, _) =>
        {
            change.Record.SignAdvice(signature);
            return new AdviceSignedEvent(signature.Id, signature.SignerName!, signature.SignerJobTitle, signature.Confirmation);
        }, cancellationToken);

    public Task<ChangeResult> DetermineAsync(
        ActingContext actor, Guid id, int version, string credential, Determination determination, IReadOnlyDictionary<Guid, string> exemptions, CancellationToken cancellationToken) =>
        SignAsync(actor, id, version, SignOffStep.Determination, credential, (change, signature, _) =>
        {
            change.Record.Determine(determination, exemptions, signature);
            return new DeterminationSignedEvent(signature.Id, signature.SignerName!, determination.PublishRecord, determination.PublishReport, determination.PublishDetails,
                determination.Legislation, determination.Reasons, exemptions.Select(e => new ExemptionGiven(e.Key, e.Value)).ToList());
        }, cancellationToken);

    public Task<ChangeResult> DecideAsync(
        ActingContext actor, Guid id, int version, string credential, DecisionOutcome outcome, string? comments, DateOnly decisionDate, DateOnly publishOn, CancellationToken cancellationToken) =>
        SignAsync(actor, id, version, SignOffStep.Decision, credential, (change, signature, notice) =>
        {
            if (change.Record.NoticeProblem(notice, signature.Date ?? decisionDate) is { } problem)
            {
                change.Refuse(problem, "Outcome");
            }

            change.Record.Decide(outcome, comments, decisionDate, publishOn, signature, notice);
            return new DecisionSignedEvent(signature.Id, signature.SignerName!, outcome, decisionDate, publishOn, change.Record.DecisionComments);
        }, cancellationToken, then: change => change.Record.IsDueForRelease(UkTime.DateOf(actor.Now))
            ? publication.ReleaseAsync(change, cancellationToken)
            : Task.CompletedTask);

    public Task<ChangeResult> ReturnAsync(ActingContext actor, Guid id, int version, string comment, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Return, change =>
        {
            var voided = change.Record.ValidSignatures.Count();
            change.Record.Return(comment, change.ActorName, actor.Now);
            change.Raise(new RecordReturnedEvent(change.ActorName, voided, change.Record.ReturnComment!));
            return Task.CompletedTask;
        }, cancellationToken);

    private Task<ChangeResult> SignAsync(
        ActingContext actor, Guid id, int version, SignOffStep step, string credential, Func<RecordChange, Signature, KeyDecisionNotice, AuditPayload> sign, CancellationToken cancellationToken,
        Func<RecordChange, Task>? then = null) =>
        changes.ApplyAsync(actor, id, version, new SignStepRequirement(step), async change =>
        {
            var proof = await credentials.ProveAsync(actor, credential);
            if (proof.Problem is { } problem)
            {
                change.Refuse(problem, "Credential");
            }

            // Name and job title as they are today: office holders change, and the signature must not.
            var signature = Signature.Electronic(Guid.NewGuid(), change.Record.Id, step, proof.User!.Id, proof.User.DisplayName, proof.User.JobTitle,
                actor.Now, CanonicalContent.Hash(change.Record), proof.Confirmation);
            change.Raise(sign(change, signature, await notices.ForAsync(change.Record, cancellationToken)), signature.ContentHash);
            if (then is not null)
            {
                await then(change);
            }
        }, cancellationToken);
}
