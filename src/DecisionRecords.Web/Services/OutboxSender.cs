using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>Sends what the outbox holds; a failure is logged and retried later, and never touches the sign-off that queued it.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var now = time.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                var mime = new MimeMessage();
                mime.From.Add(MailboxAddress.Parse(options.Value.From));
                mime.To.Add(MailboxAddress.Parse(message.To));
                mime.Subject = message.Subject;
                mime.Body = new TextPart("plain") { Text = message.Body };
                await sender.SendAsync(mime, cancellationToken);
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
}
