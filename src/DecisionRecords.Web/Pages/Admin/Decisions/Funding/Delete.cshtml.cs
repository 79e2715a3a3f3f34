using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

[Authorize(Policy = Policies.Draft)]
public class DeleteModel(DecisionRecordService service) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public FundingTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid tableId, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record?.FundingTables.SingleOrDefault(t => t.Id == tableId) is not { } table)
        {
            return NotFound();
        }

        record.EnsureEditable();
        (Record, Table) = (record, table);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid tableId, int version, CancellationToken cancellationToken)
    {
        var result = await service.RemoveFundingTableAsync(id, tableId, version, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                TempData.SetImportantFlash("The table was not deleted: someone else saved the record after you opened it. Check it and try again");
                break;
            default:
                TempData.SetFlash("Table deleted");
                break;
        }

        return Redirect($"/admin/decisions/{id}#funding");
    }
}
