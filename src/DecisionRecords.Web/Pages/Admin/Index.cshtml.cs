using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Admin;

public class IndexModel(DecisionRecordsDbContext db, TimeProvider time, IOptions<SignOffOptions> options) : PageModel
{
    public sealed record QueueItem(Guid Id, string Reference, string Title, DecisionStatus Status, DateTimeOffset Since, bool Overdue);

    public IReadOnlyList<(DecisionStatus Status, int Count)> Counts { get; private set; } = [];

    public IReadOnlyList<QueueItem> MyQueue { get; private set; } = [];

    public IReadOnlyList<QueueItem> Overdue { get; private set; } = [];

    public int OverdueWorkingDays => options.Value.OverdueWorkingDays;

    /// <summary>Imported records waiting for this user (an author or the Monitoring Officer) to review them.</summary>
    public int AwaitingReview { get; private set; }

    /// <summary>An administrator with no officer role manages the service but does not read records.</summary>
    public bool ReadsRecords { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ReadsRecords = Roles.Officers.Any(User.IsInRole);
        if (!ReadsRecords)
        {
            return;
        }

        var counts = await db.DecisionRecords.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Counts = Enum.GetValues<DecisionStatus>().Select(s => (s, counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
        AwaitingReview = User.IsInRole(Roles.Author) || User.IsInRole(Roles.MonitoringOfficer)
            ? Counts.Single(c => c.Status == DecisionStatus.AwaitingReview).Count
            : 0;

        var statuses = new List<DecisionStatus>();
        if (User.IsInRole(Roles.ChiefExecutive) || User.IsInRole(Roles.ChiefFinanceOfficer))
        {
            statuses.Add(DecisionStatus.AwaitingAdvice);
        }

        if (User.IsInRole(Roles.MonitoringOfficer))
        {
            statuses.Add(DecisionStatus.AwaitingDetermination);
        }

        if (User.IsInRole(Roles.Commissioner))
        {
            statuses.Add(DecisionStatus.AwaitingDecision);
        }

        // Drafts returned to their author wait for the author.
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var waiting = await db.DecisionRecords.AsNoTracking()
            .Where(r => r.Status == DecisionStatus.AwaitingAdvice || r.Status == DecisionStatus.AwaitingDetermination || r.Status == DecisionStatus.AwaitingDecision
                || (r.Status == DecisionStatus.Draft && r.ReturnedAt != null))
            .Select(r => new { r.Id, r.Reference, r.Title, r.Status, r.UpdatedAt, r.CreatedByUserId })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var items = waiting.Select(r => new QueueItem(r.Id, r.Reference, r.Title, r.Status, r.UpdatedAt,
            WorkingDays.Between(UkTime.ToLondon(r.UpdatedAt), UkTime.ToLondon(now)) > OverdueWorkingDays)).ToList();
        MyQueue = items.Where(i => statuses.Contains(i.Status) || (i.Status == DecisionStatus.Draft && waiting.Any(w => w.Id == i.Id && w.CreatedByUserId == userId)))
            .OrderBy(i => i.Since).ToList();
        Overdue = items.Where(i => i.Overdue && i.Status != DecisionStatus.Draft).OrderBy(i => i.Since).ToList();
    }
}
