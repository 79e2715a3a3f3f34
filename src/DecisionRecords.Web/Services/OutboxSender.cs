using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Sends what the outbox holds; a failure is logged and retried later, and never touches the sign-off that queued it.
/// With several instances on one database, each email is claimed (owner and lease) before it is sent, and the start
/// of its hand-over to the mail server is saved first: an instance that dies between the hand-over and recording it
/// leaves the email to be taken over when the lease runs out and sent again, once, with the same Message-ID.
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
        var owner = instance.Name;
        var until = now.AddSeconds(Math.Max(5, options.Value.ClaimLeaseSeconds));
        var domain = MailboxAddress.Parse(options.Value.From).Domain;
        var sent = 0;
        foreach (var id in candidates)
        {
            // The claim: one conditional update that only one instance can win while the lease holds.
            if (await ClaimAsync(db, id, owner, now, until, cancellationToken) == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            if (message.SendStartedAt is not null)
            {
                logger.LogWarning("Email {MessageId} to {To} was handed to the mail server by an instance that stopped before recording it; sending it again with the same Message-ID", message.Id, message.To);
            }

            message.BeginSend(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            try
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
                await sender.SendAsync(mime, cancellationToken);
                faults.Sent();
                message.MarkSent(time.GetUtcNow());
                sent++;
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

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>The claim's one conditional statement; 1 when the email is now <paramref name="owner"/>'s until <paramref name="until"/>.</summary>
    internal static Task<int> ClaimAsync(DecisionRecordsDbContext db, Guid id, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, owner).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
}
