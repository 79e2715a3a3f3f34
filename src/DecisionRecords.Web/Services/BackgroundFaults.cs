using DecisionRecords.Web.Data;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Fault injection for the multi-instance tests, and nothing else: only where <see cref="KillSwitch.IsAllowed"/>, the
/// process ends as a power cut would at a set point of its background work. Testing:KillAfterSends = N: right after
/// handing its Nth email to the mail server, before recording it. Testing:KillAtClaim = "release:N" (any claim key
/// prefix): right after its Nth claim of that kind, before doing the work.
/// </summary>
public sealed class BackgroundFaults
{
    private readonly int killAfterSends;
    private readonly string? claimPrefix;
    private readonly int killAtClaim;
    private int sent;
    private int claimed;

    public BackgroundFaults(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!KillSwitch.IsAllowed(environment, configuration))
        {
            return;
        }

        killAfterSends = configuration.GetValue("Testing:KillAfterSends", 0);
        if (configuration["Testing:KillAtClaim"] is { } atClaim && atClaim.LastIndexOf(':') is var colon and > 0
            && int.TryParse(atClaim[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            (claimPrefix, killAtClaim) = (atClaim[..(colon + 1)], count);
        }
    }

    public void Sent()
    {
        if (killAfterSends > 0 && Interlocked.Increment(ref sent) >= killAfterSends)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }

    public void Claimed(string key)
    {
        if (claimPrefix is not null && key.StartsWith(claimPrefix, StringComparison.Ordinal) && Interlocked.Increment(ref claimed) >= killAtClaim)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
