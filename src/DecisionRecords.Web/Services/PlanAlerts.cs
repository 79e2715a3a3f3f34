using System.Security.Cryptography;
using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Email alerts for the forward plan, on the same terms as the register's: each change to an item (added, changed,
/// deferred, withdrawn, drafted) goes to every list of the plan whose filter the item matches, straight away or in a
/// daily or weekly digest of its own. Each change and each digest run is claimed, so that of several instances one sends it.
/// </summary>
public sealed class PlanAlerts(DecisionRecordsDbContext db, PublicUrls urls, Links links, WorkClaims claims, TimeProvider time, ILogger<PlanAlerts> logger)
{
    private static readonly TimeSpan ImmediateWindow = TimeSpan.FromDays(7);

    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = await QueueImmediateAsync(now, cancellationToken);
        foreach (var frequency in new[] { AlertFrequency.Daily, AlertFrequency.Weekly })
        {
            var (run, since, digest) = DigestSchedule.Latest(frequency, now);
            var key = $"plan-{digest}";
            if (await db.WorkClaims.AnyAsync(c => c.Key == key && c.CompletedAt != null, cancellationToken) || !await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            queued += await DigestAsync(frequency, run, since, key, now, cancellationToken);
            await claims.CompleteAsync(key, cancellationToken);
        }

        return queued;
    }

    private async Task<int> QueueImmediateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = await ChangesAsync(now - ImmediateWindow, now.AddSeconds(1), cancellationToken);
        var keys = changes.Select(c => $"plan-alerts:{c.Change.Id:N}").ToList();
        var done = (await db.WorkClaims.Where(c => keys.Contains(c.Key) && c.CompletedAt != null).Select(c => c.Key).ToListAsync(cancellationToken)).ToHashSet();
        var pending = changes.Where(c => !done.Contains($"plan-alerts:{c.Change.Id:N}")).Take(50).ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        var lists = await ListsAsync(AlertFrequency.Immediately, now, cancellationToken);
        var queued = 0;
        foreach (var (item, change) in pending)
        {
            var key = $"plan-alerts:{change.Id:N}";
            if (!await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            var emails = lists.Where(list => Matches(list.Key, item))
                .SelectMany(list => list)
                .Where(s => s.CreatedAt <= change.ChangedAt)
                .Select(s => Email(Id(s.Id.ToString("N"), change.Id.ToString("N")), s, $"Forward plan: {Headline(change)}: {item.PublicTitle}", Describe(item, change), now))
                .ToList();
            queued += await AddNewAsync(emails, cancellationToken);
            await claims.CompleteAsync(key, cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} forward plan alerts", queued);
        }

        return queued;
    }

    private async Task<int> DigestAsync(AlertFrequency frequency, DateTimeOffset run, DateTimeOffset since, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = await ChangesAsync(since, run, cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var lists = await ListsAsync(frequency, run, cancellationToken);
        var period = frequency == AlertFrequency.Weekly ? "week" : "day";
        var emails = lists
            .SelectMany(list => list.Select(s => (Subscription: s, Changes: changes.Where(c => Matches(list.Key, c.Item) && s.CreatedAt <= c.Change.ChangedAt).ToList())))
            .Where(n => n.Changes.Count > 0)
            .Select(n => Email(Id(n.Subscription.Id.ToString("N"), key), n.Subscription,
                $"Forward plan: {(frequency == AlertFrequency.Weekly ? "weekly" : "daily")} digest: {n.Changes.Count} {(n.Changes.Count == 1 ? "change" : "changes")}",
                $"Changes to the forward plan in the {period} to {UkTime.FormatDateTime(run)}.\n\n" + string.Concat(n.Changes.Select(c => Describe(c.Item, c.Change))), now))
            .ToList();
        var queued = await AddNewAsync(emails, cancellationToken);
        logger.LogInformation("Forward plan digest {Key}: queued {Count} emails", key, queued);
        return queued;
    }

    /// <summary>Changes to the plan from <paramref name="since"/> up to <paramref name="until"/>, oldest first, with their items.</summary>
    private async Task<List<(PlanItem Item, PlanItemChange Change)>> ChangesAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        [.. (await db.PlanItems.AsNoTracking().ToListAsync(cancellationToken))
            .SelectMany(i => i.Changes.Where(c => c.ChangedAt >= since && c.ChangedAt < until).Select(c => (Item: i, Change: c)))
            .OrderBy(c => c.Change.ChangedAt)];

    private async Task<List<IGrouping<AlertCriteria, AlertSubscription>>> ListsAsync(AlertFrequency frequency, DateTimeOffset before, CancellationToken cancellationToken) =>
        [.. (await db.AlertSubscriptions.AsNoTracking().Where(s => s.EndedAt == null && s.Frequency == frequency).ToListAsync(cancellationToken))
            .Where(s => s.Criteria.ForwardPlan && s.CreatedAt <= before)
            .GroupBy(s => s.Criteria)];

    private static bool Matches(AlertCriteria criteria, PlanItem item) =>
        new PlanFilter { Q = criteria.Q, Category = criteria.Category, Maker = criteria.Maker?.ToString(), Key = criteria.KeyOnly ? "yes" : null }.Matches(item, decided: false);

    private static string Headline(PlanItemChange change) => change.Summary == "Added to the forward plan" ? "New" : "Changed";

    private string Describe(PlanItem item, PlanItemChange change) =>
        $"{item.PublicTitle}\n{change.Summary}\nExpected: {item.Expected}. Decision maker: {item.DecisionMaker.DisplayName()}.\n{urls.Absolute(links.ForwardPlan())}#item-{item.Id}\n\n";

    private OutboxMessage Email(Guid id, AlertSubscription subscription, string subject, string text, DateTimeOffset now)
    {
        var unsubscribe = urls.Absolute(links.AlertsUnsubscribe(subscription.UnsubscribeToken));
        var body = new StringBuilder(text)
            .Append("You get these emails about: ").Append(subscription.Criteria.Describe()).Append(".\n\n")
            .Append("To stop getting them, unsubscribe: ").Append(unsubscribe).Append('\n')
            .Append("To change how often you get them, or to see all your subscriptions: ").Append(urls.Absolute(links.AlertsManage(subscription.UnsubscribeToken))).Append('\n');
        return new OutboxMessage(id, subscription.Email, subject, body.ToString(), now)
        {
            UnsubscribeUrl = unsubscribe,
            EraseAfter = now + EmailAlerts.KeptAfterEnding,
        };
    }

    private async Task<int> AddNewAsync(List<OutboxMessage> emails, CancellationToken cancellationToken)
    {
        var ids = emails.Select(m => m.Id).ToList();
        var existing = (await db.OutboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = emails.Where(m => !existing.Contains(m.Id)).ToList();
        db.OutboxMessages.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    private static Guid Id(string who, string what) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"plan|{who}|{what}")).AsSpan(0, 16));
}
