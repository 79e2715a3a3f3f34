using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Import;

/// <summary>The summary of an import as CSV: every document, what became of it, its reference and every note.</summary>
public class SummaryModel(DecisionRecordsDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (!await db.ImportBatches.AnyAsync(b => b.Id == batchId, cancellationToken))
        {
            return NotFound();
        }

        var rows = await db.ImportItems.AsNoTracking().Where(i => i.BatchId == batchId).OrderBy(i => i.Position)
            .Select(i => new ImportSummary.Row(i.FileName, i.State.ToString(), i.Reference, i.Refusal, i.Notes)).ToListAsync(cancellationToken);
        await using var text = new StringWriter();
        await ImportSummary.WriteCsvAsync(text, rows.Select(r => r with { Result = r.Result.ToLowerInvariant() }));
        Response.Headers.CacheControl = "private, no-store";
        return File(new UTF8Encoding(true).GetBytes(text.ToString()), "text/csv; charset=utf-8", $"import-{batchId:N}.csv");
    }
}
