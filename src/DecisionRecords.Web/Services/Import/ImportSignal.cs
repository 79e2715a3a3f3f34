namespace DecisionRecords.Web.Services.Import;

/// <summary>Wakes the import worker when there is new work, rather than leaving it to its next look.</summary>
public sealed class ImportSignal
{
    private readonly SemaphoreSlim _work = new(0);

    public void Wake()
    {
        if (_work.CurrentCount == 0)
        {
            _work.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _work.WaitAsync(timeout, cancellationToken);
}
