using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Admin;

/// <summary>
/// Each officer's start page: what waits for them and for how long, their drafts, records returned to them with the
/// reason, and what was published lately.
/// </summary>
public class IndexModel(DecisionRecordsDbContext db, TimeProvider time, IOptions<SignOffOptions> options, Services.Sealing.SealCertificates seal, IOptions<Services.Sealing.SealOptions> sealOptions) : PageModel
{
    public const int RecentPublications = 5;

    public sealed record QueueItem(Guid Id, string Reference, string Title, DecisionStatus Status, DateTimeOffset Since, int WorkingDaysWaiting, bool Overdue);

    public sealed record DraftItem(Guid Id, string Reference, string Title, DateTimeOffset UpdatedAt, string? ReturnComment, string? ReturnedBy, DateTimeOffset? ReturnedAt);

    public sealed record PublishedItem(string Slug, string Reference, string? Title, DateTimeOffset PublishedAt, bool IsStub);

    public IReadOnlyList<(DecisionStatus Status, int Count)> Counts { get; private set; } = [];

    /// <summary>Records waiting for a signature this user gives, oldest first.</summary>
    public IReadOnlyList<QueueItem> MyQueue { get; private set; } = [];

    /// <summary>This user's drafts returned to them by a signer, with the reason.</summary>
    public IReadOnlyList<DraftItem> Returned { get; private set; } = [];

    /// <summary>This user's other drafts, latest first.</summary>
    public IReadOnlyList<DraftItem> Drafts { get; private set; } = [];

    public IReadOnlyList<QueueItem> Overdue { get; private set; } = [];

    public IReadOnlyList<PublishedItem> Published { get; private set; } = [];

    public int OverdueWorkingDays => options.Value.OverdueWorkingDays;

    /// <summary>Imported records waiting for this user (an author or the Monitoring Officer) to review them.</summary>
    public int AwaitingReview { get; private set; }

    /// <summary>An administrator with no officer role manages the service but does not read records.</summary>
    public bool ReadsRecords { get; private set; }

    /// <summary>Imported records no officer has categorised yet, for an author or the Monitoring Officer to file.</summary>
    public int Uncategorised { get; private set; }

    public bool IsAuthor { get; private set; }

    public bool IsSigner { get; private set; }

    /// <summary>For administrators: the seal certificate is missing, expired or near its expiry; null when all is well.</summary>
    public string? SealWarning { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.Administrator))
        {
            SealWarning = seal.Problem is { } problem
                ? $"Published PDFs are not being issued. {problem}"
                : seal.Current is { } certificate && certificate.NotAfter - time.GetUtcNow() < TimeSpan.FromDays(sealOptions.Value.WarnDaysBeforeExpiry)
                    ? $"The seal certificate expires on {UkTime.FormatDate(UkTime.DateOf(certificate.NotAfter))}, in {Math.Max(0, (int)(certificate.NotAfter - time.GetUtcNow()).TotalDays)} days. Install its successor before then (see the operations guide): without it, no new PDF can be issued."
                    : null;
        }

        ReadsRecords = Roles.Officers.Any(User.IsInRole);
        if (!ReadsRecords)
        {
            return;
        }

        IsAuthor = User.IsInRole(Roles.Author);
        IsSigner = Roles.Signers.Any(User.IsInRole);
        var counts = await db.DecisionRecords.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Counts = Enum.GetValues<DecisionStatus>().Select(s => (s, counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
        AwaitingReview = IsAuthor || User.IsInRole(Roles.MonitoringOfficer)
            ? Counts.Single(c => c.Status == DecisionStatus.AwaitingReview).Count
            : 0;

        if (IsAuthor || User.IsInRole(Roles.MonitoringOfficer))
        {
            Uncategorised = await db.DecisionRecords.CountAsync(r => r.Origin == RecordOrigin.Imported && r.Category == null
                && (r.Status == DecisionStatus.Published || r.Status == DecisionStatus.AwaitingReview), cancellationToken);
        }

        var mySteps = new List<DecisionStatus>();
        if (User.IsInRole(Roles.ChiefExecutive) || User.IsInRole(Roles.ChiefFinanceOfficer))
        {
            mySteps.Add(DecisionStatus.AwaitingAdvice);
        }

        if (User.IsInRole(Roles.MonitoringOfficer))
        {
            mySteps.Add(DecisionStatus.AwaitingDetermination);
        }

        if (User.IsInRole(Roles.Commissioner))
        {
            mySteps.Add(DecisionStatus.AwaitingDecision);
        }

        var waiting = await db.DecisionRecords.AsNoTracking()
            .Where(r => r.Status == DecisionStatus.AwaitingAdvice || r.Status == DecisionStatus.AwaitingDetermination || r.Status == DecisionStatus.AwaitingDecision)
            .Select(r => new { r.Id, r.Reference, r.Title, r.Status, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        var today = UkTime.ToLondon(time.GetUtcNow());
        var items = waiting.Select(r =>
        {
            var days = WorkingDays.Between(UkTime.ToLondon(r.UpdatedAt), today);
            return new QueueItem(r.Id, r.Reference, r.Title, r.Status, r.UpdatedAt, days, days > OverdueWorkingDays);
        }).ToList();
        MyQueue = items.Where(i => mySteps.Contains(i.Status)).OrderBy(i => i.Since).ToList();
        Overdue = items.Where(i => i.Overdue).OrderBy(i => i.Since).ToList();

        if (IsAuthor)
        {
            var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            var drafts = await db.DecisionRecords.AsNoTracking()
                .Where(r => r.Status == DecisionStatus.Draft && r.CreatedByUserId == userId)
                .Select(r => new DraftItem(r.Id, r.Reference, r.Title, r.UpdatedAt, r.ReturnComment, r.ReturnedBy, r.ReturnedAt))
                .ToListAsync(cancellationToken);
            Returned = drafts.Where(d => d.ReturnComment is not null).OrderBy(d => d.ReturnedAt).ToList();
            Drafts = drafts.Where(d => d.ReturnComment is null).OrderByDescending(d => d.UpdatedAt).ToList();
        }

        Published = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.UnpublishedExplanation == null)
            .OrderByDescending(v => v.PublishedAt)
            .Take(RecentPublications)
            .Select(v => new PublishedItem(v.Slug, v.Reference, v.Title, v.PublishedAt, v.IsStub))
            .ToListAsync(cancellationToken);
    }
}
