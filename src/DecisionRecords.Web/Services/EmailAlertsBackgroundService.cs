namespace DecisionRecords.Web.Services;

/// <summary>Queues the email alerts for newly published and amended decisions; the outbox sends them.</summary>
public sealed class EmailAlertsBackgroundService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<EmailAlertsBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("EmailAlerts:PollSeconds", 30))));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var alerts = scope.ServiceProvider.GetRequiredService<EmailAlerts>();
                await alerts.QueueNewVersionsAsync(stoppingToken);
                await alerts.EraseAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Email alerts could not be queued; trying again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
