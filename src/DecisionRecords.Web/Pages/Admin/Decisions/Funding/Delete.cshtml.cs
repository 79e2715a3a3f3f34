using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

[Authorize(Policy = Policies.Draft)]
public class DeleteModel(DecisionRecordsDbContext db, DraftingService drafting, Links links) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public FundingTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid tableId, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
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
        var result = await drafting.RemoveFundingTableAsync(HttpContext.GetActingContext(), id, version, tableId, cancellationToken);
        return this.RedirectAfter(result, links.Record(id, "funding"), _ => "Table deleted",
            conflictMessage: "The table was not deleted: someone else saved the record after you opened it. Check it and try again");
    }
}
