using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

public sealed class OutboxBackgroundService(OutboxSender sender, IOptions<EmailOptions> options, ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
