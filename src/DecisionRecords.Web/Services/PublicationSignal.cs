using System.Threading.Channels;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Raised on this instance when a save that changes what the public sees commits, so that alerts for it are queued at
/// once rather than at the next poll. Other instances need not hear it: whichever instance queues the alerts claims them.
/// </summary>
public sealed class PublicationSignal
{
    private readonly Channel<bool> _raised = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _raised.Writer.TryWrite(true);

    /// <summary>True when the signal was raised (since it was last taken) before <paramref name="timeout"/> passed.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_raised.Reader.TryRead(out _))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            return await _raised.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
