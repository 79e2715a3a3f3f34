using System.Threading.RateLimiting;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Public requests that the response cache could not answer (a new search, the first render after a publication) each
/// cost real work. A few run at once, a few more wait briefly, and the rest are told to try again, so a flood of unique
/// queries cannot starve the cached pages, which never reach this limit.
/// </summary>
public sealed class UncachedPublicWork(int permits, int queue) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = Math.Max(0, queue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
