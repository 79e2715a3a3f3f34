using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class PreviewModel(DecisionRecordsDbContext db, OfficeHolderDirectory officeHolders, KeyDecisionNotices notices, TimeProvider time) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    /// <summary>The record as the public page would show it now: the same partial as the public page.</summary>
    public PublishedDecision Decision { get; private set; } = null!;

    /// <summary>Who held the office of Commissioner on the record's date: the officers' reminder of who decides.</summary>
    public OfficeHolder? Commissioner { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Decision = await notices.AddToAsync(PublishedDecision.Preview(record), record, UkTime.Today(time), cancellationToken);
        Commissioner = record.RecordDate is { } date ? await officeHolders.HolderOnAsync(Office.Commissioner, date, cancellationToken) : null;
        return Page();
    }
}
