using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>A decided record on its day of publication, and a published one afterwards: amended, taken down, its notes explained.</summary>
public class PublicationService(RecordChanges changes, Publisher publisher, DecisionRecordsDbContext db, WorkClaims claims, ILogger<PublicationService> logger)
{
    /// <summary>Publishes, or records as withheld, every decided record whose publication day has come.</summary>
    public async Task<int> ReleaseDueAsync(ActingContext actor, CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(actor.Now);
        var due = await db.DecisionRecords.AsNoTracking().Where(r => r.Status == DecisionStatus.Decided && r.PublishOn <= today)
            .Select(r => new { r.Id, r.Version }).ToListAsync(cancellationToken);
        var released = 0;
        foreach (var record in due)
        {
            // Claimed first, so that of several instances one releases it; the record's version refuses a second.
            var key = $"release:{record.Id:N}:{record.Version}";
            if (!await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            try
            {
                var result = await changes.ApplyAsync(actor, record.Id, record.Version, RecordOperation.Release, change => ReleaseAsync(change, cancellationToken), cancellationToken);
                released += result.Outcome == ChangeOutcome.Done ? 1 : 0;
                await claims.CompleteAsync(key, cancellationToken);
            }
            catch (DomainException refused)
            {
                // The record says why on its page; the others due today are released all the same.
                logger.LogWarning("Record {RecordId} was not released: {Reason}", record.Id, refused.Message);
                await claims.ReleaseAsync(key, cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        return released;
    }

    /// <summary>Publishes the decided record, or records it as withheld, as the Monitoring Officer determined.</summary>
    public async Task ReleaseAsync(RecordChange change, CancellationToken cancellationToken)
    {
        var record = change.Record;
        if (record.Determination?.PublishRecord == true)
        {
            record.Publish(change.Actor.Now);
            var version = await publisher.FreezeAsync(record, change.Actor.Now, record.TakeChangeNote(), cancellationToken);
            change.Raise(new RecordPublishedEvent(version.Number, version.ChangeNote, OnRelease: true), version.ContentHash);
        }
        else
        {
            record.Withhold(change.Actor.Now);
            var version = await publisher.FreezeAsync(record, change.Actor.Now, record.TakeChangeNote(), cancellationToken);
            change.Raise(new RecordWithheldEvent(version.Number, record.Determination?.Reasons), version.ContentHash);
        }
    }

    /// <summary>An imported record an officer has checked goes into the public archive, published or withheld as the office had it.</summary>
    public Task<ChangeResult> PublishReviewedAsync(ActingContext actor, Guid id, int version, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Review, async change =>
        {
            change.Record.PublishReviewed(actor.Now);

            // A record replaced from the archive and held for review carries its public change note to this version.
            var frozen = await publisher.FreezeAsync(change.Record, actor.Now, change.Record.TakeChangeNote(), cancellationToken);
            change.Raise(change.Record.Status == DecisionStatus.Published
                ? new RecordPublishedEvent(frozen.Number, frozen.ChangeNote, OnRelease: frozen.Number == 1)
                : new RecordWithheldEvent(frozen.Number, change.Record.Determination?.Reasons), frozen.ContentHash);
        }, cancellationToken);

    public Task<ChangeResult> ReopenForAmendmentAsync(ActingContext actor, Guid id, int version, string changeNote, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Amend, change =>
        {
            change.Record.ReopenForAmendment(changeNote, change.ActorName, actor.Now);
            change.Raise(new RecordReopenedEvent(change.ActorName, change.Record.PendingChangeNote!));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ChangeResult> UnpublishAsync(ActingContext actor, Guid id, int version, string explanation, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Unpublish, async change =>
        {
            change.Record.Unpublish(explanation, actor.Now);
            var stub = await publisher.FreezeAsync(change.Record, actor.Now, $"Unpublished: {change.Record.UnpublishedExplanation}", cancellationToken);
            change.Raise(new RecordUnpublishedEvent(change.Record.UnpublishedExplanation!), stub.ContentHash);
        }, cancellationToken);

    /// <summary>
    /// The Monitoring Officer's public explanation of a note. On a published record the public reads it at once: the
    /// record gets a new published version with the same content, its signatures untouched (notes are not content).
    /// </summary>
    public Task<ChangeResult> ExplainNoteAsync(ActingContext actor, Guid id, int version, Guid noteId, string? explanation, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.ExplainNote, async change =>
        {
            var note = change.Record.ExplainNote(noteId, explanation, change.ActorName, actor.Now);
            change.Raise(new NoteExplainedEvent(note.Id, note.Position, change.ActorName, note.PublicExplanation));
            if (change.Record.Status == DecisionStatus.Published)
            {
                var published = await publisher.FreezeAsync(change.Record, actor.Now, "The Monitoring Officer explained a note on this record.", cancellationToken);
                change.Raise(new RecordPublishedEvent(published.Number, published.ChangeNote, OnRelease: false), published.ContentHash);
            }
        }, cancellationToken);

    /// <summary>
    /// Files an imported record under a category. A published record gets a new version at once, with a note in its
    /// public history; its signatures, made on paper, are untouched.
    /// </summary>
    public Task<ChangeResult> SetCategoryAsync(ActingContext actor, Guid id, int version, string? category, string? suggested, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Categorise, async change =>
        {
            var from = change.Record.Category;
            change.Record.SetImportedCategory(category);
            change.Raise(new CategorySetEvent(from, change.Record.Category, suggested));
            if (change.Record.Status == DecisionStatus.Published)
            {
                var note = change.Record.Category is { } to ? $"Filed under the category {to}." : "Taken out of its category.";
                var published = await publisher.FreezeAsync(change.Record, actor.Now, note, cancellationToken);
                change.Raise(new RecordPublishedEvent(published.Number, published.ChangeNote, OnRelease: false), published.ContentHash);
            }
        }, cancellationToken);
}
