using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class TimelineModel(DecisionRecordsDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public string Reference { get; private set; } = "";

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var reference = await db.DecisionRecords.Where(r => r.Id == id).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            return NotFound();
        }

        (Id, Reference) = (id, reference);
        Events = await db.AuditEvents.AsNoTracking().Where(e => e.DecisionRecordId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return Page();
    }
}
