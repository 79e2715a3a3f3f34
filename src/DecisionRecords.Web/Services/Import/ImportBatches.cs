using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Bulk import: documents uploaded together are checked and then, on the administrator's word, imported, one at a
/// time in the background, each in its own transaction. Progress is kept in the database, so it survives a page
/// reload or a restart, and one bad document never stops the rest.
/// </summary>
public class ImportBatches(DecisionRecordsDbContext db, IServiceScopeFactory scopes, ImportSignal signal, WorkClaims claims, ILogger<ImportBatches> logger)
{
    public async Task<ImportBatch> CreateAsync(ActingContext actor, string actorName, IReadOnlyList<(string Name, byte[] Content)> files, bool replace, bool holdForReview, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch(Guid.NewGuid(), actor.UserId!, actorName, actor.Now, replace, holdForReview);
        foreach (var (name, content) in files)
        {
            batch.Add(name, content);
        }

        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return batch;
    }

    /// <summary>Imports the documents the check found ready; false when the batch moved on since the page was read.</summary>
    public async Task<bool> StartImportAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null || batch.Version != version)
        {
            return false;
        }

        batch.StartImport();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        signal.Wake();
        return true;
    }

    /// <summary>Does every piece of waiting work, a document at a time; the number of documents read.</summary>
    public async Task<int> RunAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var done = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            var batch = await context.ImportBatches.Where(b => b.Phase == ImportBatchPhase.Checking || b.Phase == ImportBatchPhase.Importing)
                .OrderBy(b => b.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (batch is null)
            {
                return done;
            }

            var waiting = batch.Phase == ImportBatchPhase.Checking ? ImportItemState.Waiting : ImportItemState.Ready;
            var items = await context.ImportItems.Where(i => i.BatchId == batch.Id && i.State == waiting && i.Content != null)
                .OrderBy(i => i.Position).Select(i => i.Id).Take(20).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                await context.Entry(batch).Collection(b => b.Items).LoadAsync(cancellationToken);
                if (batch.Phase == ImportBatchPhase.Checking)
                {
                    batch.CheckingDone(time.GetUtcNow());
                }
                else
                {
                    batch.ImportDone(time.GetUtcNow());
                }

                await context.SaveChangesAsync(cancellationToken);
                continue;
            }

            // Each document is claimed by one instance; the others work on the next, or wait while all are claimed.
            Guid? claimedId = null;
            foreach (var id in items)
            {
                if (await claims.TryClaimAsync($"import-item:{id:N}:{batch.Phase}", cancellationToken))
                {
                    claimedId = id;
                    break;
                }
            }

            if (claimedId is not { } itemId)
            {
                return done;
            }

            var key = $"import-item:{itemId:N}:{batch.Phase}";
            var alreadyRead = false;
            await claims.HoldWhileAsync(key, async () =>
            {
                var item = await context.ImportItems.SingleAsync(i => i.Id == itemId, cancellationToken);
                if (item.State != waiting)
                {
                    alreadyRead = true;
                    return;
                }

                var begun = item.BeginAttempt();
                await context.SaveChangesAsync(cancellationToken);
                if (begun)
                {
                    await ReadAsync(batch, item, time, cancellationToken);
                    await context.SaveChangesAsync(cancellationToken);
                }
            }, cancellationToken);
            if (alreadyRead)
            {
                continue;
            }

            await claims.CompleteAsync(key, cancellationToken);
            done++;
        }

        return done;
    }

    private async Task ReadAsync(ImportBatch batch, ImportItem item, TimeProvider time, CancellationToken cancellationToken)
    {
        // Each document in a unit of work of its own, as the administrator who uploaded it.
        await using var scope = scopes.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        var actor = ActingContext.System(time.GetUtcNow(), $"import by {batch.CreatedByName}") with { UserId = batch.CreatedByUserId };
        var checking = batch.Phase == ImportBatchPhase.Checking;
        ImportOutcome outcome;
        try
        {
            outcome = await importer.ImportAsync(actor, item.FileName, item.Content!, new ImportOptions(DryRun: checking, batch.Replace, batch.HoldForReview), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Importing {FileName} of batch {BatchId} failed", item.FileName, batch.Id);
            outcome = new ImportOutcome(item.FileName, ImportResult.Refused, null, "the document could not be read (the error is in the service's log)", []);
        }

        // A document that was ready (not in the register when checked) and is now found there unchanged, on a reading
        // that follows one begun and never answered, was put there by that reading: the instance stopped after it.
        var importedBefore = !checking && outcome.Result == ImportResult.Unchanged && item.Attempts > 1;
        item.Record(outcome.Result switch
        {
            ImportResult.Ready => ImportItemState.Ready,
            ImportResult.Imported => ImportItemState.Imported,
            ImportResult.Unchanged when importedBefore => ImportItemState.Imported,
            ImportResult.Unchanged => ImportItemState.Unchanged,
            _ => ImportItemState.Refused,
        }, outcome.Reference, outcome.Refusal, importedBefore ? ["Imported by an earlier reading that stopped before it was recorded; its notes are in the audit log"] : outcome.Discrepancies);
    }
}
