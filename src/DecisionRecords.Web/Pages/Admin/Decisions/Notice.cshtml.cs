using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>Whether the record is a key decision and, where it cannot have 28 clear days' notice on the forward plan, why.</summary>
[Authorize(Policy = Policies.Draft)]
public class NoticeModel(DecisionRecordsDbContext db, DraftingService drafting, KeyDecisionNotices notices, TimeProvider time, Links links) : PageModel
{
    [BindProperty]
    public NoticeForm Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public NoticeSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Record.EnsureEditable();
        Input = NoticeForm.From(Record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var exception = Input.ExceptionChosen;
        var result = await drafting.UpdateNoticeAsync(HttpContext.GetActingContext(), id, Input.Version, Input.IsKey, exception, exception is null ? null : Input.Reason, cancellationToken);
        if (result.Outcome == ChangeOutcome.Conflict)
        {
            // Keep what was typed beside the record as it now stands, so nothing is lost to the other officer's save.
            await LoadAsync(id, cancellationToken);
            Input.Version = Record.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("Input.KeyDecision", ChangeResult.ConflictMessage);
            return Page();
        }

        return this.RedirectAfter(result, links.Record(id), r => $"Key decision and notice saved for {r.Reference}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        Summary = new NoticeSummary(record, await notices.ForAsync(record, cancellationToken), UkTime.Today(time));
        return true;
    }
}
