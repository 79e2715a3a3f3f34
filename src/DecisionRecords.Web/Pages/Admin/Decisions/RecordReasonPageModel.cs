using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>
/// The pages that take one reason and make one move on a record: return, withdraw, amend, unpublish. Each says which
/// move it makes, when the record's state rules the form out, and what to tell the user; who may make the move is the
/// authorization handlers' rule, asked before the form is shown and again when the change is made.
/// </summary>
public abstract class RecordReasonPageModel<TInput>(DecisionRecordsDbContext db, IAuthorizationService authorization, Links links) : PageModel
    where TInput : ReasonInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    protected abstract RecordOperation Operation { get; }

    /// <summary>Throws when the record's state rules the move out, so the user reads why rather than a form that cannot work.</summary>
    protected virtual void EnsurePossible(DecisionRecord record)
    {
    }

    protected abstract Task<ChangeResult> ActAsync(ActingContext actor, Guid id, int version, string text, CancellationToken cancellationToken);

    protected abstract string Done(DecisionRecord record);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, record, Operation)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        EnsurePossible(record);
        Record = record;
        Input.Version = record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ActAsync(HttpContext.GetActingContext(), id, Input.Version, Input.Text!, cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                TempData.SetImportantFlash(result.Message!);
                break;
            default:
                TempData.SetFlash(Done(record));
                break;
        }

        return Redirect(links.Record(id));
    }
}
