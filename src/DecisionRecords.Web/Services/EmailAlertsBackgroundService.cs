namespace DecisionRecords.Web.Services;

/// <summary>
/// Queues the email alerts for each change the public can see, at once when this instance published it and at the
/// next poll when another did, and the digests when they are due; the outbox sends them.
/// </summary>
public sealed class EmailAlertsBackgroundService(IServiceScopeFactory scopes, PublicationSignal published, IConfiguration configuration, ILogger<EmailAlertsBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("EmailAlerts:PollSeconds", 30)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var alerts = scope.ServiceProvider.GetRequiredService<EmailAlerts>();
                await alerts.QueueNewVersionsAsync(stoppingToken);
                await alerts.SendDueDigestsAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<PlanAlerts>().QueueAsync(stoppingToken);
                await alerts.EraseAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Email alerts could not be queued; trying again shortly");
            }

            await published.WaitAsync(poll, stoppingToken);
        }
    }
}
