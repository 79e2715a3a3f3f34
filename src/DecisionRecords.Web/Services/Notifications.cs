using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>Queues emails in the outbox, in the same transaction as the hand-over they announce.</summary>
public class Notifications(DecisionRecordsDbContext db, TimeProvider time, PublicUrls urls, Infrastructure.Links links)
{
    public async Task ToRolesAsync(IReadOnlyList<string> roles, string subject, string body, CancellationToken cancellationToken)
    {
        var emails = await db.Users
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
        foreach (var email in emails.Distinct())
        {
            Queue(email, subject, body);
        }
    }

    /// <summary>To every enabled user in the role, but the one who acted (who knows already).</summary>
    public async Task ToRoleExceptAsync(string role, string exceptUserId, string subject, string body, CancellationToken cancellationToken)
    {
        var emails = await db.Users
            .Where(u => !u.IsDisabled && u.Id != exceptUserId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
        foreach (var email in emails.Distinct())
        {
            Queue(email, subject, body);
        }
    }

    public async Task ToUserAsync(string userId, string subject, string body, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Id == userId && !u.IsDisabled).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (email is not null)
        {
            Queue(email, subject, body);
        }
    }

    /// <summary>From the configured address of the service, never from the request that caused the email.</summary>
    public string RecordUrl(Guid id) => urls.Absolute(links.Record(id));

    private void Queue(string to, string subject, string body) =>
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), to, subject, body, time.GetUtcNow()));
}

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

public sealed class OutboxBackgroundService(OutboxSender sender, IOptions<EmailOptions> options, ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
