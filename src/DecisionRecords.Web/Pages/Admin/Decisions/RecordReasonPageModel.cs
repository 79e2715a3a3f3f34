using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>What a one-question form about a record posts: the version it was read at, and the words asked for.</summary>
public abstract class ReasonInput
{
    public int Version { get; set; }

    /// <summary>The words the user wrote, whatever the page calls them (comment, reason, change note, explanation).</summary>
    public abstract string? Text { get; }
}

/// <summary>
/// The pages that take one reason and make one move on a record: return, withdraw, amend, unpublish. Each says who may
/// open it, which move to make and what to tell the user; loading, validation, conflicts and redirects are shared.
/// </summary>
public abstract class RecordReasonPageModel<TInput>(SignOffService service) : PageModel
    where TInput : ReasonInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    protected SignOffService SignOff => service;

    /// <summary>A refusal to show the form for this record, or null to show it.</summary>
    protected virtual IActionResult? Refuse(DecisionRecord record) => null;

    protected abstract Task<SignOffResult> ActAsync(Guid id, int version, string text, CancellationToken cancellationToken);

    protected abstract string Done(DecisionRecord record);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        if (Refuse(record) is { } refusal)
        {
            return refusal;
        }

        Record = record;
        Input.Version = record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ActAsync(id, Input.Version, Input.Text!, cancellationToken);
        switch (result.Outcome)
        {
            case SignOffOutcome.NotFound:
                return NotFound();
            case SignOffOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case SignOffOutcome.Conflict:
                TempData.SetImportantFlash(result.Message!);
                break;
            default:
                TempData.SetFlash(Done(record));
                break;
        }

        return Redirect($"/admin/decisions/{id}");
    }
}
