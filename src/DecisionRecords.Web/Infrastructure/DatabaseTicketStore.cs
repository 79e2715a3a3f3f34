using System.Security.Cryptography;
using System.Text;
using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Keeps each signed-in session in the database, shared by every instance: the cookie carries only a random key.
/// Sign-out deletes the session; a session whose security stamp is no longer its user's (a new password, two-factor
/// changes, roles changed, account disabled, "sign out everywhere") ends on its next request.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider time) : ITicketStore
{
    private const string StampClaim = "AspNet.Identity.SecurityStamp";

    /// <summary>How stale "last used" may be before a request writes it again: one write a minute, not one a request.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreAsync(ticket, null!, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var userAgent = httpContext?.Request.Headers.UserAgent.ToString() ?? "";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        db.UserSessions.Add(new UserSession
        {
            KeyHash = HashOf(key),
            UserId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "",
            SecurityStamp = ticket.Principal.FindFirst(StampClaim)?.Value ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            Device = userAgent.Length > UserSession.DeviceMaxLength ? userAgent[..UserSession.DeviceMaxLength] : userAgent,
            Address = httpContext?.Connection.RemoteIpAddress?.ToString() ?? "",
            CreatedAt = now,
            LastUsedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc,
        });
        await db.SaveChangesAsync(cancellationToken);

        // The user's sessions that ended without a sign-out (expired, or under an old stamp) go as a new one begins.
        var userId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
        var stamp = ticket.Principal.FindFirst(StampClaim)?.Value ?? "";
        await db.UserSessions.Where(s => s.UserId == userId && (s.SecurityStamp != stamp || s.ExpiresAt < now)).ExecuteDeleteAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) => RenewAsync(key, ticket, null!, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var now = time.GetUtcNow();
        var stamp = ticket.Principal.FindFirst(StampClaim)?.Value ?? "";

        // A sign-in within the session (after a new password, say) renews it under the user's new security stamp.
        await db.UserSessions.Where(s => s.KeyHash == HashOf(key)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, bytes)
            .SetProperty(x => x.SecurityStamp, stamp)
            .SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc)
            .SetProperty(x => x.LastUsedAt, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) => RetrieveAsync(key, null!, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var hash = HashOf(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var session = await db.UserSessions.AsNoTracking().Where(s => s.KeyHash == hash)
            .Select(s => new { s.Ticket, s.SecurityStamp, s.LastUsedAt, s.ExpiresAt, Current = db.Users.Where(u => u.Id == s.UserId).Select(u => u.SecurityStamp).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (session.SecurityStamp != session.Current || session.ExpiresAt < now)
        {
            await db.UserSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        if (now - session.LastUsedAt > TouchEvery)
        {
            await db.UserSessions.Where(s => s.KeyHash == hash).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, null!, cancellationToken);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        await db.UserSessions.Where(s => s.KeyHash == HashOf(key)).ExecuteDeleteAsync(cancellationToken);
    }
}
