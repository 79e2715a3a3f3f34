using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>The publication stamp, read at most once a second: every public cache entry and ETag includes it.</summary>
public sealed class PublicationStampReader(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublicSiteOptions> options)
{
    private Snapshot? _last;

    public ValueTask<(long Version, DateTimeOffset ChangedAt)> CurrentAsync()
    {
        var last = _last;
        return last is not null && time.GetUtcNow() - last.ReadAt < TimeSpan.FromSeconds(options.Value.StampCacheSeconds)
            ? ValueTask.FromResult((last.Version, last.ChangedAt))
            : new ValueTask<(long, DateTimeOffset)>(ReadAsync());
    }

    private async Task<(long Version, DateTimeOffset ChangedAt)> ReadAsync()
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var stamp = await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().PublicationStamps.AsNoTracking().SingleOrDefaultAsync();
        var read = new Snapshot(stamp?.Version ?? 0, stamp?.ChangedAt ?? DateTimeOffset.UnixEpoch, now);
        _last = read;
        return (read.Version, read.ChangedAt);
    }

    // One object, replaced whole, so a reader never sees one read's version with another's time.
    private sealed record Snapshot(long Version, DateTimeOffset ChangedAt, DateTimeOffset ReadAt);
}
