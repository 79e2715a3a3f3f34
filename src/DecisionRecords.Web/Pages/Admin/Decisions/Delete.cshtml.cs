using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class DeleteModel(DecisionRecordService service) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        record.EnsureDeletable();
        Record = record;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var result = await service.DeleteAsync(id, version, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                TempData.SetImportantFlash("The draft was not deleted: someone else saved it after you opened it. Check it and try again");
                return Redirect($"/admin/decisions/{id}");
            default:
                TempData.SetFlash($"Draft {result.Current!.Reference} deleted");
                return Redirect("/admin/decisions");
        }
    }
}
