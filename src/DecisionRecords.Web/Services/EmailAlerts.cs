using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Email alerts for a view of the register, as GOV.UK sends them: a request stores nothing but sends a confirmation
/// link (valid 7 days, protected so that it cannot be made up or changed); the subscription exists once the address
/// owner confirms; each decision published or amended afterwards that the view would show is emailed once to each
/// subscription, with a one-click unsubscribe link.
/// </summary>
public sealed class EmailAlerts(DecisionRecordsDbContext db, IDataProtectionProvider protection, PublicRegister register, PublicUrls urls, Links links, WorkClaims claims, TimeProvider time, ILogger<EmailAlerts> logger)
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    public const string ConfirmationSubject = "Confirm your email alerts";

    /// <summary>How long an ended subscription, and each email about alerts, is kept before it is erased.</summary>
    public static readonly TimeSpan KeptAfterEnding = TimeSpan.FromDays(28);

    private IDataProtector Protector => protection.CreateProtector("email-alerts.confirm.v1");

    private sealed record Confirmation(string Email, AlertCriteria Criteria, DateTimeOffset Expires);

    /// <summary>
    /// Queues the confirmation email. Nothing else is stored, and the page after it says the same whoever asks. An
    /// address is sent at most 4 confirmations a minute and 40 an hour, counted in the database so that every instance
    /// agrees; a request over that sends nothing, silently.
    /// </summary>
    public async Task RequestAsync(string email, AlertCriteria criteria, CancellationToken cancellationToken)
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

        var token = Protector.Protect(JsonSerializer.Serialize(new Confirmation(address, criteria, now + ConfirmationLifetime)));
        var link = urls.Absolute(links.AlertsConfirm(token));
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), address, ConfirmationSubject,
            $"Someone, probably you, asked for emails about:\n\n{criteria.Describe()}\n\nTo start getting them, confirm within 7 days:\n\n{link}\n\nIf it was not you, ignore this email: nothing is kept unless you confirm.\n\nHow we use your address: {urls.Absolute(links.AlertsPrivacy())}", now)
        {
            EraseAfter = now + KeptAfterEnding,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What a confirmation link asks for; null when it was made up, changed or has expired.</summary>
    public (string Email, AlertCriteria Criteria)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4000)
        {
            return null;
        }

        try
        {
            var confirmation = JsonSerializer.Deserialize<Confirmation>(Protector.Unprotect(token));
            return confirmation is null || confirmation.Expires < time.GetUtcNow() ? null : (confirmation.Email, confirmation.Criteria);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Starts the subscription the link asks for; confirming again changes nothing. False when the link is not valid.</summary>
    public async Task<AlertSubscription?> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (Read(token) is not { } request)
        {
            return null;
        }

        var active = await db.AlertSubscriptions.Where(s => s.Email == request.Email && s.EndedAt == null).ToListAsync(cancellationToken);
        if (active.FirstOrDefault(s => s.Criteria == request.Criteria) is { } existing)
        {
            return existing;
        }

        var subscription = new AlertSubscription(Guid.NewGuid(), request.Email, request.Criteria, time.GetUtcNow());
        db.AlertSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    public Task<AlertSubscription?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        db.AlertSubscriptions.SingleOrDefaultAsync(s => s.UnsubscribeToken == token, cancellationToken);

    /// <summary>Ends the subscription; safe to repeat. Null when no subscription has that token.</summary>
    public async Task<AlertSubscription?> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } subscription)
        {
            return null;
        }

        subscription.End(time.GetUtcNow(), "Unsubscribed");
        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    /// <summary>
    /// Queues the emails for each version published in the last week that has not been sent out yet. Each version is
    /// claimed, so that of several instances one sends it; each email's id is made from the subscription and the
    /// version, so that no subscription is emailed twice about one version.
    /// </summary>
    public async Task<int> QueueNewVersionsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddDays(-7);
        // Records read from the archive are not new decisions: importing a backlog emails no one.
        var recent = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.IsLatest && !v.IsStub && !v.IsImported && v.PublishedAt >= since)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        var keys = recent.Select(id => $"alerts:{id:N}").ToList();
        var done = (await db.WorkClaims.Where(c => keys.Contains(c.Key) && c.CompletedAt != null).Select(c => c.Key).ToListAsync(cancellationToken)).ToHashSet();
        var pending = recent.Where(id => !done.Contains($"alerts:{id:N}")).Take(50).ToList();
        var versions = await db.PublishedVersions.AsNoTracking().Where(v => pending.Contains(v.Id)).OrderBy(v => v.PublishedAt).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var version in versions)
        {
            var key = $"alerts:{version.Id:N}";
            if (!await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            var subscriptions = await db.AlertSubscriptions.AsNoTracking().Where(s => s.EndedAt == null && s.CreatedAt <= version.PublishedAt).ToListAsync(cancellationToken);
            foreach (var group in subscriptions.GroupBy(s => s.Criteria))
            {
                var criteria = group.Key;
                var query = new RegisterQuery(criteria.Q, FundingYear: criteria.FundingYear, Category: criteria.Category, Outcome: criteria.Outcome, Organisation: criteria.Organisation);
                if (!await register.Filter(query).AnyAsync(v => v.Id == version.Id, cancellationToken))
                {
                    continue;
                }

                foreach (var subscription in group)
                {
                    var id = EmailId(subscription.Id, version.Id);
                    if (await db.OutboxMessages.AnyAsync(m => m.Id == id, cancellationToken))
                    {
                        continue;
                    }

                    db.OutboxMessages.Add(Email(id, subscription, version, now));
                    queued++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await claims.CompleteAsync(key, cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} email alerts", queued);
        }

        return queued;
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

    private OutboxMessage Email(Guid id, AlertSubscription subscription, PublishedVersion version, DateTimeOffset now)
    {
        var unsubscribe = urls.Absolute(links.AlertsUnsubscribe(subscription.UnsubscribeToken));
        var amended = version.Number > 1;
        var body = new StringBuilder()
            .Append(amended ? "A decision you get emails about has been updated" : "A decision you get emails about has been published").Append(":\n\n")
            .Append(version.Reference).Append(": ").Append(version.Title).Append('\n')
            .Append(urls.Absolute(links.Decision(version.Slug))).Append("\n\n");
        if (amended && version.ChangeNote is { Length: > 0 } note)
        {
            body.Append("What changed: ").Append(note).Append("\n\n");
        }

        body.Append("You get these emails about: ").Append(subscription.Criteria.Describe()).Append(".\n\n")
            .Append("To stop getting them, unsubscribe: ").Append(unsubscribe).Append('\n');
        return new OutboxMessage(id, subscription.Email, $"{(amended ? "Updated" : "New decision")}: {version.Reference} {version.Title}".Trim(), body.ToString(), now)
        {
            UnsubscribeUrl = unsubscribe,
            EraseAfter = now + KeptAfterEnding,
        };
    }

    private static Guid EmailId(Guid subscription, Guid version)
    {
        var bytes = SHA256.HashData([.. subscription.ToByteArray(), .. version.ToByteArray()]);
        return new Guid(bytes.AsSpan(0, 16));
    }
}
