using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class DetailsModel(DecisionRecordService service) : PageModel
{
    [BindProperty]
    public RecordDetailsForm Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public ConflictView? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
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
            return await LoadKeepingInputAsync(id, cancellationToken);
        }

        var result = await service.UpdateDetailsAsync(id, Input.Version, Input.ToDetails(), cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                Record = result.Current!;
                Conflict = ConflictView.ForDetails(Record, await service.DisplayNameAsync(Record.UpdatedByUserId, cancellationToken), Input);
                Input.Version = Record.Version;
                ModelState.Remove("Input.Version");
                return Conflict.Page(this);
            default:
                TempData.SetFlash("Details saved");
                return Redirect($"/admin/decisions/{id}");
        }
    }

    private async Task<IActionResult> LoadKeepingInputAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
