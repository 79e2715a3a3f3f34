using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.OfficeHolders;

public class IndexModel(DecisionRecordsDbContext db) : PageModel
{
    public IReadOnlyList<OfficeHolder> Holders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Holders = await db.OfficeHolders.AsNoTracking().ToListAsync(cancellationToken);
}
