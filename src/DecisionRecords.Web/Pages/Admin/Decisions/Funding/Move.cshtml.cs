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
        return this.RedirectAfter(result, links.Record(id, "funding"), _ => "Table order saved",
            conflictMessage: "The order was not changed: someone else saved the record after you opened it. Check the tables and try again");
    }
}
