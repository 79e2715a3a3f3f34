using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Changes;

/// <summary>
/// The one way a decision record changes: load it, check the version the user read and that they may make this change
/// to this record, act through the entity (which throws on an illegal move), audit what happened and queue the emails
/// it causes, and save all of it in one transaction.
/// </summary>
public sealed class RecordChanges(DecisionRecordsDbContext db, IAuthorizationService authorization, AuditLog audit, RecordEmails emails)
{
    public async Task<ChangeResult> ApplyAsync(
        ActingContext actor, Guid id, int expectedVersion, IAuthorizationRequirement operation, Func<RecordChange, Task> act, CancellationToken cancellationToken)
    {
        var record = await db.WholeRecords().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return ChangeResult.NotFound;
        }

        if (record.Version != expectedVersion)
        {
            return ChangeResult.Conflict(record);
        }

        return await ActAsync(actor, record, isNew: false, operation, act, cancellationToken);
    }

    /// <summary>Adds a record made by <paramref name="act"/>: a new draft, or a record brought in from the archive.</summary>
    public async Task<ChangeResult> AddAsync(
        ActingContext actor, IAuthorizationRequirement operation, DecisionRecord record, Func<RecordChange, Task> act, CancellationToken cancellationToken)
    {
        db.DecisionRecords.Add(record);
        return await ActAsync(actor, record, isNew: true, operation, act, cancellationToken);
    }

    private async Task<ChangeResult> ActAsync(
        ActingContext actor, DecisionRecord record, bool isNew, IAuthorizationRequirement operation, Func<RecordChange, Task> act, CancellationToken cancellationToken)
    {
        var allowed = await authorization.AuthorizeAsync(actor.Principal, record, operation);
        if (!allowed.Succeeded)
        {
            db.ChangeTracker.Clear();
            return ChangeResult.Forbidden(allowed.Failure?.FailureReasons.FirstOrDefault()?.Message ?? "You cannot make this change to this record.");
        }

        var change = new RecordChange(record, actor, await NameOfAsync(actor, cancellationToken), isNew);
        var contentBefore = isNew ? null : record.ContentHash();
        try
        {
            await act(change);

            // Whoever calls and whatever the entity method: content that moved outside a draft must still be what every valid signature signed.
            if (contentBefore is not null && !change.IsDeleted && record.Status != DecisionStatus.Draft && record.ContentHash() != contentBefore)
            {
                record.EnsureSignaturesBindContent();
            }
        }
        catch (ChangeRefusedException refused)
        {
            db.ChangeTracker.Clear();
            return ChangeResult.Refused(refused.Message, refused.Field);
        }

        foreach (var (payload, contentHash) in change.Events)
        {
            audit.Add(actor, record.Id, payload, contentHash);
            await emails.QueueAsync(record, payload, cancellationToken);
        }

        if (change.IsDeleted)
        {
            db.DecisionRecords.Remove(record);
        }
        else if (!isNew)
        {
            record.Touch(actor.UserId ?? record.UpdatedByUserId, actor.Now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ChangeResult.Done(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another change won the race between our read and our write: two signers at once, or a double click.
            db.ChangeTracker.Clear();
            return ChangeResult.Conflict(await db.FindRecordAsync(record.Id, cancellationToken));
        }
    }

    private async Task<string> NameOfAsync(ActingContext actor, CancellationToken cancellationToken) =>
        actor.UserId is null
            ? actor.UserName ?? "The system"
            : await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? actor.UserName ?? "Unknown user";
}
