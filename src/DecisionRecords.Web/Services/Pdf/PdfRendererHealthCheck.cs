using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>Ready includes the renderer; without it the service still serves pages, so it reports Degraded rather than down.</summary>
public sealed class PdfRendererHealthCheck(IPdfRenderer renderer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await renderer.IsAvailableAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Chromium is running")
            : new HealthCheckResult(context.Registration.FailureStatus, "Chromium cannot be started: PDFs wait until it can");
}
