using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

[Authorize(Policy = Policies.Draft)]
public class MoveModel(DecisionRecordService service) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/admin/decisions/{id}#funding");

    public async Task<IActionResult> OnPostAsync(Guid id, Guid tableId, int offset, int version, CancellationToken cancellationToken)
    {
        var result = await service.MoveFundingTableAsync(id, tableId, Math.Sign(offset), version, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                TempData.SetImportantFlash("The order was not changed: someone else saved the record after you opened it. Check the tables and try again");
                break;
            default:
                TempData.SetFlash("Table order saved");
                break;
        }

        return Redirect($"/admin/decisions/{id}#funding");
    }
}
