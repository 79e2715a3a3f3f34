using DecisionRecords.Web.Services.Changes;

namespace DecisionRecords.Web.Services;

/// <summary>Publishes decided records on their chosen day, including any that fell due while the service was down.</summary>
public sealed class PublicationBackgroundService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<PublicationBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("BackgroundJobs:PublicationPollSeconds", 60))));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var released = await scope.ServiceProvider.GetRequiredService<PublicationService>()
                    .ReleaseDueAsync(ActingContext.System(time.GetUtcNow(), "scheduled publication"), stoppingToken);
                if (released > 0)
                {
                    logger.LogInformation("Released {Count} decided records due for publication", released);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled publication failed; it will be tried again in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
