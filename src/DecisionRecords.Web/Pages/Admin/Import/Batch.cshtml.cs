using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Import;

/// <summary>Where an import is: how many documents have been read, what became of each, and the word to import.</summary>
public class BatchModel(DecisionRecordsDbContext db, ImportBatches batches, Links links) : PageModel
{
    public sealed record Row(string FileName, ImportItemState State, string? Reference, string? Refusal, IReadOnlyList<string> Notes);

    public ImportBatch Batch { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Checked => Rows.Count(r => r.State != ImportItemState.Waiting);

    public int Count(ImportItemState state) => Rows.Count(r => r.State == state);

    public bool InProgress => Batch.Phase is ImportBatchPhase.Checking or ImportBatchPhase.Importing;

    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken) =>
        await LoadAsync(batchId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid batchId, int version, CancellationToken cancellationToken)
    {
        if (!await batches.StartImportAsync(batchId, version, cancellationToken))
        {
            TempData.SetImportantFlash("This import has moved on since you opened it: check where it is now");
            return Redirect(links.ImportBatch(batchId));
        }

        TempData.SetFlash("The ready documents are being imported");
        return Redirect(links.ImportBatch(batchId));
    }

    private async Task<bool> LoadAsync(Guid batchId, CancellationToken cancellationToken)
    {
        // The documents themselves stay in the database: the page needs only what became of them.
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return false;
        }

        Batch = batch;
        Rows = await db.ImportItems.AsNoTracking().Where(i => i.BatchId == batchId).OrderBy(i => i.Position)
            .Select(i => new Row(i.FileName, i.State, i.Reference, i.Refusal, i.Notes)).ToListAsync(cancellationToken);
        return true;
    }
}
