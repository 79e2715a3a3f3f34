using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Sends what the outbox holds; a failure is logged and retried later, and never touches the sign-off that queued it.
/// With several instances on one database, each batch of emails is claimed (owner and lease) before it is sent, and
/// the start of each hand-over to the mail server is saved first: an instance that dies between the hand-over and
/// recording it leaves the email to be taken over when the lease runs out and sent again, once, with the same
/// Message-ID. One save a message: the previous outcome and the next hand-over go together. <c>Email:ConcurrentSends</c>
/// lanes (4) send at once, each on its own connection, so a crash can leave one such email per lane.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IEmailSender sender, IOptions<EmailOptions> options, InstanceIdentity instance, TimeProvider time, BackgroundFaults faults, ILogger<OutboxSender> logger)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var now = time.GetUtcNow();
        var candidates = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var owner = instance.Name;
        var lease = TimeSpan.FromSeconds(Math.Max(5, options.Value.ClaimLeaseSeconds));
        var until = now + lease;

        // The claim: one conditional statement for the batch, which only one instance can win for each email while the lease holds.
        if (await ClaimAsync(db, candidates, owner, now, until, cancellationToken) == 0)
        {
            return 0;
        }

        var claimed = await db.OutboxMessages.Where(m => candidates.Contains(m.Id) && m.ClaimedBy == owner && m.ClaimedUntil == until)
            .OrderBy(m => m.CreatedAt).Select(m => m.Id).ToListAsync(cancellationToken);

        // Several connections at once, so that a slow mail server does not make a digest to thousands take hours; each
        // lane keeps the one-save-a-message rule, so a crash leaves at most one unrecorded hand-over per lane.
        var lanes = Math.Clamp(options.Value.ConcurrentSends, 1, 16);
        var sent = await Task.WhenAll(claimed.Select((id, i) => (id, i)).GroupBy(x => x.i % lanes, x => x.id)
            .Select(lane => SendLaneAsync([.. lane], until, lease, cancellationToken)));
        return sent.Sum();
    }

    private async Task<int> SendLaneAsync(List<Guid> ids, DateTimeOffset until, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var batch = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        var domain = MailboxAddress.Parse(options.Value.From).Domain;
        var sent = 0;
        foreach (var message in batch)
        {
            // Never hand over an email whose claim may run out before its outcome is recorded: the rest wait for the lease to end.
            if (time.GetUtcNow() > until - lease / 4)
            {
                break;
            }

            if (message.SendStartedAt is not null)
            {
                logger.LogWarning("Email {MessageId} to {To} was handed to the mail server by an instance that stopped before recording it; sending it again with the same Message-ID", message.Id, message.To);
            }

            // One save records the previous email's outcome and the start of this one's hand-over: at most one email
            // of the lane is ever handed over and not recorded, and it is sent again, with the same Message-ID, after a crash.
            message.BeginSend(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                await sender.SendAsync(Mime(message, domain), cancellationToken);
                faults.Sent();
                message.MarkSent(time.GetUtcNow());
                sent++;
            }
            catch (PermanentDeliveryFailureException ex)
            {
                message.MarkRejected(time.GetUtcNow(), ex.Message);
                await scope.ServiceProvider.GetRequiredService<EmailAlerts>().EndForAddressAsync(message.To, $"Email to the address bounced: {ex.Message}", cancellationToken);
                logger.LogWarning("Email {MessageId} was refused for good; it will not be retried: {Reason}", message.Id, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(time.GetUtcNow(), ex.Message);
                logger.LogWarning(ex, "Sending email {MessageId} to {To} failed (attempt {Attempt}); retrying after {NextAttemptAt}", message.Id, message.To, message.Attempts, message.NextAttemptAt);
                if (message.GaveUp)
                {
                    logger.LogError("Gave up sending email {MessageId} to {To} after {Attempts} attempts", message.Id, message.To, message.Attempts);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private MimeMessage Mime(OutboxMessage message, string domain)
    {
        var mime = new MimeMessage { MessageId = message.MessageId(domain) };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            // Mail clients offer their own unsubscribe button, which posts to the link without a cookie (RFC 8058).
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mime;
    }

    /// <summary>The claim's one conditional statement: of <paramref name="ids"/>, those unsent and unclaimed (or whose lease ran out) become <paramref name="owner"/>'s until <paramref name="until"/>.</summary>
    internal static Task<int> ClaimAsync(DecisionRecordsDbContext db, IReadOnlyCollection<Guid> ids, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, owner).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
}
