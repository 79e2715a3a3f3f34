using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Claims a unit of background work for this instance before it is done, so that several instances on one database do
/// each unit once. A claim is one atomic conditional statement, the same on SQLite and SQL Server: take over a claim
/// whose lease has run out (or that this instance already holds), else insert a new one, which the primary key refuses
/// when another instance holds it or the work is done. Each statement runs in its own context, outside the caller's
/// changes, so a claim is visible to every instance at once.
/// </summary>
public sealed class WorkClaims(IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider time)
{
    public async Task<bool> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + lease;
        var owner = instance.Name;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var taken = await db.WorkClaims
            .Where(c => c.Key == key && c.CompletedAt == null && (c.LeaseUntil < now || c.Owner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, owner).SetProperty(c => c.LeaseUntil, until).SetProperty(c => c.ClaimedAt, now).SetProperty(c => c.Claims, c => c.Claims + 1), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        try
        {
            db.WorkClaims.Add(new WorkClaim(key, owner, until, now));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Marks the work done: no instance claims it again.</summary>
    public async Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var owner = instance.Name;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().WorkClaims
            .Where(c => c.Key == key && c.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CompletedAt, now), cancellationToken);
    }

    /// <summary>Gives the work back undone, for any instance to try again at once.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var owner = instance.Name;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().WorkClaims
            .Where(c => c.Key == key && c.Owner == owner && c.CompletedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
