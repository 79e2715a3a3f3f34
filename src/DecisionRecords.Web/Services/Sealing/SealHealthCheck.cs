using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// Ready needs a certificate that can seal: without one no published PDF is issued, so the instance says it is not
/// ready, and why. A certificate near its expiry is reported as degraded.
/// </summary>
public sealed class SealHealthCheck(SealCertificates certificates, IOptions<SealOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (certificates.Problem is { } problem)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, problem));
        }

        var certificate = certificates.Current!;
        var days = (certificate.NotAfter - time.GetUtcNow()).TotalDays;
        return Task.FromResult(days < options.Value.WarnDaysBeforeExpiry
            ? HealthCheckResult.Degraded($"The seal certificate expires on {UkTime.FormatDate(UkTime.DateOf(certificate.NotAfter))}: install its successor.")
            : HealthCheckResult.Healthy($"Sealing with {certificate.Holder}"));
    }
}
