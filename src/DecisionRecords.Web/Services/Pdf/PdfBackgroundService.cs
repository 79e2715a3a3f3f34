namespace DecisionRecords.Web.Services.Pdf;

public sealed class PdfBackgroundService(IServiceScopeFactory scopes, ILogger<PdfBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(20));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PublishedPdfs>().RenderMissingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Printing published PDFs failed; it will be tried again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
