using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

[Authorize(Policy = Policies.Draft)]
public class MoveModel(DraftingService drafting, Links links) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect(links.Record(id, "funding"));

    public async Task<IActionResult> OnPostAsync(Guid id, Guid tableId, int offset, int version, CancellationToken cancellationToken)
    {
        var result = await drafting.MoveFundingTableAsync(HttpContext.GetActingContext(), id, version, tableId, Math.Sign(offset), cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                TempData.SetImportantFlash("The order was not changed: someone else saved the record after you opened it. Check the tables and try again");
                break;
            default:
                TempData.SetFlash("Table order saved");
                break;
        }

        return Redirect(links.Record(id, "funding"));
    }
}
