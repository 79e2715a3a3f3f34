using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Audit;

public class IndexModel(DecisionRecordsDbContext db, AuditChainVerifier verifier) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public IReadOnlyList<string> EventTypes { get; private set; } = [];

    public AuditVerification Verification { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            var recordIds = db.DecisionRecords.Where(r => r.Reference.Contains(term)).Select(r => (Guid?)r.Id);
            query = query.Where(e => e.Payload.Contains(term) || (e.UserName != null && e.UserName.Contains(term)) || recordIds.Contains(e.DecisionRecordId));
        }

        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(e => e.EventType == Type);
        }

        Events = await query.OrderByDescending(e => e.Sequence).Take(200).ToListAsync(cancellationToken);
        EventTypes = await db.AuditEvents.Select(e => e.EventType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        Verification = await verifier.VerifyAsync(cancellationToken);
    }
}
