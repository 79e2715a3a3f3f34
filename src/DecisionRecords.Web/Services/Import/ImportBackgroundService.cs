namespace DecisionRecords.Web.Services.Import;

/// <summary>Works through import batches in the background, as soon as there is work and after a restart.</summary>
public sealed class ImportBackgroundService(IServiceScopeFactory scopes, ImportSignal signal, TimeProvider time, ILogger<ImportBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var read = await scope.ServiceProvider.GetRequiredService<ImportBatches>().RunAsync(time, stoppingToken);
                if (read > 0)
                {
                    logger.LogInformation("Read {Count} imported documents", read);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Import batches could not be worked through; trying again shortly");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
        }
    }
}
