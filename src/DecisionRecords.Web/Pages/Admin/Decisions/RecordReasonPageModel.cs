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

    /// <summary>The one state the record must be in for this form, and the move in words, where the form needs one.</summary>
    protected virtual (DecisionStatus Status, string Move)? Requires => null;

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

        // The user reads why the move is ruled out, rather than a form that cannot work.
        if (Requires is { } required && record.Status != required.Status)
        {
            throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a {required.Status.DisplayName().ToLowerInvariant()} record can be {required.Move}.");
        }
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
        return this.RedirectAfter(result, links.Record(id), _ => Done(record));
    }
}
