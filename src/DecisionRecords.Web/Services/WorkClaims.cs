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
public sealed class WorkClaims(IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider time, IConfiguration configuration, BackgroundFaults faults)
{
    /// <summary>How long a claim holds before another instance may take the work over: BackgroundJobs:ClaimLeaseSeconds, 120 s.</summary>
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("BackgroundJobs:ClaimLeaseSeconds", 120)));

    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(key, cancellationToken);
        if (claimed)
        {
            faults.Claimed(key);
        }

        return claimed;
    }

    private async Task<bool> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Lease;
        var owner = instance.Name;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        if (await TakeOverAsync(db, key, owner, now, until, cancellationToken) == 1)
        {
            return true;
        }

        // Held by another instance or done: known without provoking the key's refusal, which EF Core logs as an error.
        if (await db.WorkClaims.AnyAsync(c => c.Key == key, cancellationToken))
        {
            return false;
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

    /// <summary>
    /// Runs <paramref name="work"/> while renewing this instance's lease on <paramref name="key"/> every third of the
    /// lease, so that slow work (a long document on a busy machine) is not taken over while it is still being done.
    /// </summary>
    public async Task HoldWhileAsync(string key, Func<Task> work, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(key, stop.Token);
        try
        {
            await work();
        }
        finally
        {
            await stop.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewAsync(string key, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, time, stop);
                await using var scope = scopes.CreateAsyncScope();
                await RenewAsync(scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>(), key, instance.Name, time.GetUtcNow() + Lease, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The work is over: the lease is left to the claim's completion or release.
        }
    }

    /// <summary>Marks the work done: no instance claims it again.</summary>
    public async Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await CompleteAsync(scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>(), key, instance.Name, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Gives the work back undone, for any instance to try again at once.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ReleaseAsync(scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>(), key, instance.Name, cancellationToken);
    }

    /// <summary>The claim's one conditional statement: a lease run out, or this owner's own; 1 when it is now <paramref name="owner"/>'s.</summary>
    internal static Task<int> TakeOverAsync(DecisionRecordsDbContext db, string key, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.WorkClaims
            .Where(c => c.Key == key && c.CompletedAt == null && (c.LeaseUntil < now || c.Owner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, owner).SetProperty(c => c.LeaseUntil, until).SetProperty(c => c.ClaimedAt, now).SetProperty(c => c.Claims, c => c.Claims + 1), cancellationToken);

    /// <summary>Extends this owner's lease on work it still holds; not a new claim, so <see cref="WorkClaim.Claims"/> stays as it is.</summary>
    internal static Task<int> RenewAsync(DecisionRecordsDbContext db, string key, string owner, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.WorkClaims.Where(c => c.Key == key && c.Owner == owner && c.CompletedAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseUntil, until), cancellationToken);

    internal static Task<int> CompleteAsync(DecisionRecordsDbContext db, string key, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.WorkClaims.Where(c => c.Key == key && c.Owner == owner).ExecuteUpdateAsync(s => s.SetProperty(c => c.CompletedAt, now), cancellationToken);

    internal static Task<int> ReleaseAsync(DecisionRecordsDbContext db, string key, string owner, CancellationToken cancellationToken) =>
        db.WorkClaims.Where(c => c.Key == key && c.Owner == owner && c.CompletedAt == null).ExecuteDeleteAsync(cancellationToken);
}
