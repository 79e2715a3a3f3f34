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
public class DeleteModel(DecisionRecordsDbContext db, DraftingService drafting, Links links) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        record.EnsureDeletable();
        Record = record;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var result = await drafting.DeleteAsync(HttpContext.GetActingContext(), id, version, cancellationToken);
        return this.RedirectAfter(result, links.Records(), deleted => $"Draft {deleted.Reference} deleted",
            conflictTo: links.Record(id), conflictMessage: "The draft was not deleted: someone else saved it after you opened it. Check it and try again");
    }
}
