using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class DetailsModel(DecisionRecordsDbContext db, DraftingService drafting, Links links) : PageModel
{
    [BindProperty]
    public RecordDetailsForm Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public ConflictView? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        record.EnsureEditable();
        Record = record;
        Input = RecordDetailsForm.From(record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await db.FindRecordAsync(id, cancellationToken) is { } record ? ShowAgain(record) : NotFound();
        }

        var result = await drafting.UpdateDetailsAsync(HttpContext.GetActingContext(), id, Input.Version, Input.ToDetails(), cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                Record = result.Current!;
                Conflict = ConflictView.ForDetails(Record, await db.DisplayNameOfAsync(Record.UpdatedByUserId, cancellationToken), Input);
                Input.Version = Record.Version;
                ModelState.Remove("Input.Version");
                return Conflict.Page(this);
            default:
                TempData.SetFlash("Details saved");
                return Redirect(links.Record(id));
        }
    }

    private PageResult ShowAgain(DecisionRecord record)
    {
        Record = record;
        return Page();
    }
}
