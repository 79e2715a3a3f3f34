using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Email alerts for a view of the register, as GOV.UK sends them: a request stores nothing but sends a confirmation
/// link (valid 7 days, protected so that it cannot be made up or changed); the subscription exists once the address
/// owner confirms; each change the public can see afterwards (a decision published, amended, taken down or withheld)
/// that the view would show is emailed once to each subscription, straight away or in a daily or weekly digest, with a
/// one-click unsubscribe link and a link to manage every subscription of the address.
/// </summary>
public sealed class EmailAlerts(DecisionRecordsDbContext db, AuditLog audit, IDataProtectionProvider protection, IOptions<PublicSiteOptions> site, PublicUrls urls, Links links, WorkClaims claims, TimeProvider time, ILogger<EmailAlerts> logger)
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    public const string ConfirmationSubject = "Confirm your email alerts";

    /// <summary>How long an ended subscription, and each email about alerts, is kept before it is erased.</summary>
    public static readonly TimeSpan KeptAfterEnding = TimeSpan.FromDays(28);

    /// <summary>Changes older than this are never emailed straight away: a service that was down for longer does not send stale news.</summary>
    private static readonly TimeSpan ImmediateWindow = TimeSpan.FromDays(7);

    private const int SaveEvery = 500;

    private IDataProtector Protector => protection.CreateProtector("email-alerts.confirm.v1");

    private sealed record Confirmation(string Email, AlertCriteria Criteria, DateTimeOffset Expires, AlertFrequency Frequency = AlertFrequency.Immediately);

    /// <summary>
    /// Queues the confirmation email. Nothing else is stored, and the page after it says the same whoever asks. An
    /// address is sent at most 4 confirmations a minute and 40 an hour, counted in the database so that every instance
    /// agrees; a request over that sends nothing, silently.
    /// </summary>
    public async Task RequestAsync(string email, AlertCriteria criteria, AlertFrequency frequency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = email.Trim();
        var hour = now.AddHours(-1);
        var recent = await db.OutboxMessages.Where(m => m.To == address && m.Subject == ConfirmationSubject && m.CreatedAt > hour).Select(m => m.CreatedAt).ToListAsync(cancellationToken);
        if (recent.Count >= 40 || recent.Count(c => c > now.AddMinutes(-1)) >= 4)
        {
            logger.LogWarning("An email alert sign-up for an address already sent {Count} confirmations in the last hour was not sent", recent.Count);
            return;
        }

        var token = Protector.Protect(JsonSerializer.Serialize(new Confirmation(address, criteria, now + ConfirmationLifetime, frequency)));
        var link = urls.Absolute(links.AlertsConfirm(token));
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), address, ConfirmationSubject,
            $"Someone, probably you, asked for emails about:\n\n{criteria.Describe()}\n\nsent {frequency.Describe()}.\n\nTo start getting them, confirm within 7 days:\n\n{link}\n\nIf it was not you, ignore this email: nothing is kept unless you confirm.\n\nHow we use your address: {urls.Absolute(links.AlertsPrivacy())}", now)
        {
            EraseAfter = now + KeptAfterEnding,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What a confirmation link asks for; null when it was made up, changed or has expired.</summary>
    public (string Email, AlertCriteria Criteria, AlertFrequency Frequency)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4000)
        {
            return null;
        }

        try
        {
            var confirmation = JsonSerializer.Deserialize<Confirmation>(Protector.Unprotect(token));
            return confirmation is null || confirmation.Expires < time.GetUtcNow() || !Enum.IsDefined(confirmation.Frequency)
                ? null
                : (confirmation.Email, confirmation.Criteria, confirmation.Frequency);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts the subscription the link asks for; confirming again changes nothing, and confirming the same list with
    /// another frequency changes its frequency. Null when the link is not valid.
    /// </summary>
    public async Task<AlertSubscription?> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (Read(token) is not { } request)
        {
            return null;
        }

        var active = await db.AlertSubscriptions.Where(s => s.Email == request.Email && s.EndedAt == null).ToListAsync(cancellationToken);
        if (active.FirstOrDefault(s => s.Criteria == request.Criteria) is { } existing)
        {
            existing.ChangeFrequency(request.Frequency);
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        var subscription = new AlertSubscription(Guid.NewGuid(), request.Email, request.Criteria, request.Frequency, time.GetUtcNow());
        db.AlertSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    public Task<AlertSubscription?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        db.AlertSubscriptions.SingleOrDefaultAsync(s => s.UnsubscribeToken == token, cancellationToken);

    /// <summary>Every subscription, current first, of the address that <paramref name="token"/> belongs to; null for an unknown token.</summary>
    public async Task<IReadOnlyList<AlertSubscription>?> SubscriptionsOfAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } subscription)
        {
            return null;
        }

        var all = await db.AlertSubscriptions.Where(s => s.Email == subscription.Email).ToListAsync(cancellationToken);
        return [.. all.Where(s => s.IsActive).OrderBy(s => s.CreatedAt), .. all.Where(s => !s.IsActive).OrderByDescending(s => s.EndedAt)];
    }

    /// <summary>
    /// Ends the subscription; safe to repeat. With <paramref name="allAt"/>, ends every subscription of the same address
    /// sent at that frequency instead: the one-click button of a digest, which stands for all the lists in it (a list
    /// moved to another frequency since is kept). Null when no subscription has that token.
    /// </summary>
    public async Task<AlertSubscription?> UnsubscribeAsync(string token, AlertFrequency? allAt, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } subscription)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (allAt is null || subscription.Frequency == allAt)
        {
            subscription.End(now, "Unsubscribed");
        }

        if (allAt is { } frequency)
        {
            foreach (var other in await db.AlertSubscriptions.Where(s => s.Email == subscription.Email && s.EndedAt == null && s.Frequency == frequency).ToListAsync(cancellationToken))
            {
                other.End(now, "Unsubscribed");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    /// <summary>Changes how often one of the address's subscriptions is sent. False when the subscription is not the address's or has ended.</summary>
    public async Task<bool> ChangeFrequencyAsync(string token, Guid subscriptionId, AlertFrequency frequency, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } owner
            || await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.Email == owner.Email && s.EndedAt == null, cancellationToken) is not { } subscription)
        {
            return false;
        }

        subscription.ChangeFrequency(frequency);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends one of the address's subscriptions from the manage page. False when it is not the address's.</summary>
    public async Task<bool> EndAsync(string token, Guid subscriptionId, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } owner
            || await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.Email == owner.Email, cancellationToken) is not { } subscription)
        {
            return false;
        }

        subscription.End(time.GetUtcNow(), "Unsubscribed");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Ends every subscription of an address that the mail system says cannot take email, or whose owner marked an
    /// alert as spam, keeping the reason. Saved by the caller, with the email's own outcome.
    /// </summary>
    public async Task<int> EndForAddressAsync(string address, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = await db.AlertSubscriptions.Where(s => s.Email == address && s.EndedAt == null).ToListAsync(cancellationToken);
        foreach (var subscription in active)
        {
            subscription.End(now, reason);
        }

        if (active.Count > 0)
        {
            logger.LogWarning("Ended {Count} email alert subscriptions of an address: {Reason}", active.Count, reason);
        }

        return active.Count;
    }

    /// <summary>
    /// Queues the emails for subscriptions sent straight away, for each change of the last week not yet sent out. Each
    /// change is claimed, so that of several instances one sends it; each email's id is made from the subscription and
    /// the version, so that no subscription is emailed twice about one change.
    /// </summary>
    public async Task<int> QueueNewVersionsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - ImmediateWindow;
        var recent = await Changeable(db.PublishedVersions.AsNoTracking().Where(v => v.PublishedAt >= since)).Select(v => v.Id).ToListAsync(cancellationToken);
        var keys = recent.Select(id => $"alerts:{id:N}").ToList();
        var done = (await db.WorkClaims.Where(c => keys.Contains(c.Key) && c.CompletedAt != null).Select(c => c.Key).ToListAsync(cancellationToken)).ToHashSet();
        var pending = recent.Where(id => !done.Contains($"alerts:{id:N}")).Take(50).ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        var changes = await ChangesAsync(db.PublishedVersions.AsNoTracking().Where(v => pending.Contains(v.Id)), cancellationToken);

        // A take-down of a record that was never public is no news: marked done, so that it is not looked at again.
        foreach (var id in pending.Where(id => changes.All(c => c.Version.Id != id)))
        {
            if (await claims.TryClaimAsync($"alerts:{id:N}", cancellationToken))
            {
                await claims.CompleteAsync($"alerts:{id:N}", cancellationToken);
            }
        }

        var subscriptions = await db.AlertSubscriptions.AsNoTracking().Where(s => s.EndedAt == null && s.Frequency == AlertFrequency.Immediately).ToListAsync(cancellationToken);
        var lists = subscriptions.GroupBy(s => s.Criteria).ToList();
        var queued = 0;
        foreach (var change in changes)
        {
            var key = $"alerts:{change.Version.Id:N}";
            if (!await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            var emails = lists.Where(list => AlertMatcher.Matches(list.Key, change.MatchOn))
                .SelectMany(list => list)
                .Where(s => s.CreatedAt <= change.Version.PublishedAt)
                .Select(s => Email(EmailId(s.Id.ToString("N"), change.Version.Id.ToString("N")), s, change, now))
                .ToList();
            queued += await AddNewAsync(emails, cancellationToken);
            await claims.CompleteAsync(key, cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} email alerts", queued);
        }

        return queued;
    }

    /// <summary>
    /// Sends each digest that is due and not yet sent: one email per address for the day (or week) before the run,
    /// grouping every list of that address that has news, and nothing to an address with none. The run is claimed, so
    /// that it happens once with several instances; an instance that stops mid-run leaves it to be taken over when the
    /// lease runs out, and the emails already queued are not queued again.
    /// </summary>
    public async Task<int> SendDueDigestsAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var frequency in new[] { AlertFrequency.Daily, AlertFrequency.Weekly })
        {
            var (run, since, key) = DigestSchedule.Latest(frequency, time.GetUtcNow());
            if (await db.WorkClaims.AnyAsync(c => c.Key == key && c.CompletedAt != null, cancellationToken) || !await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            queued += await DigestAsync(frequency, run, since, key, cancellationToken);
            await claims.CompleteAsync(key, cancellationToken);
        }

        return queued;
    }

    private async Task<int> DigestAsync(AlertFrequency frequency, DateTimeOffset run, DateTimeOffset since, string key, CancellationToken cancellationToken)
    {
        var changes = await ChangesAsync(db.PublishedVersions.AsNoTracking().Where(v => v.PublishedAt >= since && v.PublishedAt < run), cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var subscriptions = await db.AlertSubscriptions.AsNoTracking().Where(s => s.EndedAt == null && s.Frequency == frequency && s.CreatedAt < run).ToListAsync(cancellationToken);
        var news = subscriptions.GroupBy(s => s.Criteria)
            .SelectMany(list =>
            {
                var matching = changes.Where(c => AlertMatcher.Matches(list.Key, c.MatchOn)).ToList();
                return list.Select(s => (Subscription: s, Changes: matching.Where(c => s.CreatedAt <= c.Version.PublishedAt).ToList()));
            })
            .Where(n => n.Changes.Count > 0);
        var now = time.GetUtcNow();
        var emails = news.GroupBy(n => n.Subscription.Email, StringComparer.Ordinal)
            .Select(address => Digest(EmailId(address.Key, key), frequency, run, [.. address.OrderBy(n => n.Subscription.CreatedAt)], now))
            .ToList();
        var queued = await AddNewAsync(emails, cancellationToken);
        logger.LogInformation("Digest {Key}: queued {Count} emails for {Changes} changes", key, queued, changes.Count);
        return queued;
    }

    /// <summary>Adds the emails not already queued, saving as it goes so that a run taken over after a crash picks up where it stopped.</summary>
    private async Task<int> AddNewAsync(List<OutboxMessage> emails, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var batch in emails.Chunk(SaveEvery))
        {
            var ids = batch.Select(m => m.Id).ToList();
            var existing = (await db.OutboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
            var fresh = batch.Where(m => !existing.Contains(m.Id)).ToList();
            db.OutboxMessages.AddRange(fresh);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            added += fresh.Count;
        }

        return added;
    }

    /// <summary>
    /// The versions that are news: never a record read from the archive (importing a backlog emails no one), and a
    /// withheld record's stub only where the register lists stubs.
    /// </summary>
    private IQueryable<PublishedVersion> Changeable(IQueryable<PublishedVersion> versions)
    {
        versions = versions.Where(v => !v.IsImported);
        return site.Value.ShowWithheldStubs ? versions : versions.Where(v => !v.IsStub || v.UnpublishedExplanation != null);
    }

    private async Task<List<AlertChange>> ChangesAsync(IQueryable<PublishedVersion> versions, CancellationToken cancellationToken)
    {
        var found = await Changeable(versions).OrderBy(v => v.PublishedAt).ToListAsync(cancellationToken);
        var takenDown = found.Where(v => v.UnpublishedExplanation is not null).Select(v => (v.DecisionRecordId, Number: v.Number - 1)).ToList();
        var records = takenDown.Select(t => t.DecisionRecordId).ToList();
        var before = takenDown.Count == 0 ? [] : await db.PublishedVersions.AsNoTracking()
            .Where(v => records.Contains(v.DecisionRecordId) && !v.IsStub).ToListAsync(cancellationToken);
        var changes = new List<AlertChange>();
        foreach (var version in found)
        {
            if (version.UnpublishedExplanation is not null)
            {
                // What the subscriber followed was the public version before the take-down; a record never public has no news.
                if (before.Where(v => v.DecisionRecordId == version.DecisionRecordId && v.Number < version.Number).MaxBy(v => v.Number) is { } previous)
                {
                    changes.Add(new AlertChange(version, AlertChangeKind.TakenDown, previous));
                }
            }
            else if (version.IsStub)
            {
                changes.Add(new AlertChange(version, AlertChangeKind.Withheld, version));
            }
            else
            {
                changes.Add(new AlertChange(version, version.Number > 1 ? AlertChangeKind.Updated : AlertChangeKind.Published, version));
            }
        }

        return changes;
    }

    /// <summary>Subscribers per list, largest first: counts only.</summary>
    public async Task<IReadOnlyList<AlertListCount>> CountsAsync(CancellationToken cancellationToken)
    {
        var active = await db.AlertSubscriptions.AsNoTracking().Where(s => s.EndedAt == null).Select(s => new { s.Criteria, s.Frequency }).ToListAsync(cancellationToken);
        return [.. active.GroupBy(s => s.Criteria)
            .Select(list => new AlertListCount(list.Key,
                list.Count(s => s.Frequency == AlertFrequency.Immediately), list.Count(s => s.Frequency == AlertFrequency.Daily), list.Count(s => s.Frequency == AlertFrequency.Weekly)))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Criteria.Describe(), StringComparer.Ordinal)];
    }

    /// <summary>
    /// What the alerts hold about one address (subscriptions, ended ones not yet erased, and the emails kept), for a
    /// subject access request; the export is audited with the request's reference, in the same save.
    /// </summary>
    public async Task<AlertSubscriberExport> ExportAsync(ActingContext actor, string email, string requestReference, CancellationToken cancellationToken)
    {
        var address = email.Trim();
        var subscriptions = await db.AlertSubscriptions.AsNoTracking().Where(s => s.Email == address).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking().Where(m => m.To == address && m.EraseAfter != null).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        audit.Add(actor, null, new AlertSubscriberExportedEvent(requestReference.Trim(), subscriptions.Count, emails.Count));
        await db.SaveChangesAsync(cancellationToken);
        return new AlertSubscriberExport(address, subscriptions, emails);
    }

    /// <summary>Erases what the privacy notice says is erased: ended subscriptions and alert emails older than 28 days.</summary>
    public async Task<int> EraseAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ended = now - KeptAfterEnding;
        var subscriptions = await db.AlertSubscriptions.Where(s => s.EndedAt != null && s.EndedAt < ended).ExecuteDeleteAsync(cancellationToken);
        var emails = await db.OutboxMessages.Where(m => m.EraseAfter != null && m.EraseAfter < now).ExecuteDeleteAsync(cancellationToken);
        return subscriptions + emails;
    }

    private void Describe(StringBuilder body, AlertChange change)
    {
        var version = change.Version;
        body.Append(change.Headline).Append(": ").Append(change.Title).Append('\n')
            .Append(urls.Absolute(links.Decision(version.Slug))).Append('\n');
        if (change.Kind == AlertChangeKind.Updated && version.ChangeNote is { Length: > 0 } note)
        {
            body.Append("What changed: ").Append(note).Append('\n');
        }
        else if (change.Kind == AlertChangeKind.TakenDown)
        {
            body.Append("Why it was taken down: ").Append(version.UnpublishedExplanation).Append('\n');
        }
        else if (change.Kind == AlertChangeKind.Withheld)
        {
            body.Append("The decision was made, and the record of it is not published. The page says why.\n");
        }

        body.Append('\n');
    }

    private OutboxMessage Email(Guid id, AlertSubscription subscription, AlertChange change, DateTimeOffset now)
    {
        var unsubscribe = urls.Absolute(links.AlertsUnsubscribe(subscription.UnsubscribeToken));
        var body = new StringBuilder();
        Describe(body, change);
        body.Append("You get these emails about: ").Append(subscription.Criteria.Describe()).Append(".\n\n")
            .Append("To stop getting them, unsubscribe: ").Append(unsubscribe).Append('\n')
            .Append("To get a daily or weekly digest instead, or to see all your subscriptions: ").Append(urls.Absolute(links.AlertsManage(subscription.UnsubscribeToken))).Append('\n');
        return new OutboxMessage(id, subscription.Email, $"{change.Headline}: {change.Title}".Trim(), body.ToString(), now)
        {
            UnsubscribeUrl = unsubscribe,
            EraseAfter = now + KeptAfterEnding,
        };
    }

    private OutboxMessage Digest(Guid id, AlertFrequency frequency, DateTimeOffset run, List<(AlertSubscription Subscription, List<AlertChange> Changes)> lists, DateTimeOffset now)
    {
        var first = lists[0].Subscription;
        var period = frequency == AlertFrequency.Weekly ? "week" : "day";
        var count = lists.SelectMany(l => l.Changes).Select(c => c.Version.Id).Distinct().Count();
        var body = new StringBuilder($"Changes to decisions in the {period} to {UkTime.FormatDateTime(run)}.\n\n");
        foreach (var (subscription, changes) in lists)
        {
            body.Append(subscription.Criteria.Describe()).Append(":\n\n");
            foreach (var change in changes)
            {
                Describe(body, change);
            }

            body.Append("Unsubscribe from these: ").Append(urls.Absolute(links.AlertsUnsubscribe(subscription.UnsubscribeToken))).Append("\n\n");
        }

        body.Append("To change how often you get emails, or to see all your subscriptions: ").Append(urls.Absolute(links.AlertsManage(first.UnsubscribeToken))).Append('\n');

        // The mail client's button stands for the whole email: every list in this digest.
        var unsubscribe = urls.Absolute(lists.Count == 1 ? links.AlertsUnsubscribe(first.UnsubscribeToken) : links.AlertsUnsubscribe(first.UnsubscribeToken, frequency));
        var subject = $"{(frequency == AlertFrequency.Weekly ? "Weekly" : "Daily")} digest: {count} {(count == 1 ? "change" : "changes")} to decisions";
        return new OutboxMessage(id, first.Email, subject, body.ToString(), now)
        {
            UnsubscribeUrl = unsubscribe,
            EraseAfter = now + KeptAfterEnding,
        };
    }

    private static Guid EmailId(string who, string what)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{who}|{what}"));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
