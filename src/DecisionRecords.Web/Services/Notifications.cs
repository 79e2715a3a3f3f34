using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

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
