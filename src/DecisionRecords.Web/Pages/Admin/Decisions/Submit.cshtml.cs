using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class SubmitModel(SignOffService service) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        record.EnsureEditable();
        Record = record;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        var result = await service.SubmitAsync(id, version, cancellationToken);
        switch (result.Outcome)
        {
            case SignOffOutcome.Forbidden:
                ModelState.AddModelError("", result.Message!);
                return Page();
            case SignOffOutcome.Conflict:
                TempData.SetImportantFlash(result.Message!);
                break;
            default:
                TempData.SetFlash($"{record.Reference} submitted for sign-off");
                break;
        }

        return Redirect($"/admin/decisions/{id}");
    }
}
