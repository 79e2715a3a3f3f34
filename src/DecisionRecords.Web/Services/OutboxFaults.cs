using DecisionRecords.Web.Data;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Fault injection for the multi-instance tests, and nothing else: only where <see cref="KillSwitch.IsAllowed"/>, with
/// Testing:KillAfterSends set to N, the process ends as a power cut would right after handing its Nth email to the mail
/// server and before recording it.
/// </summary>
public sealed class OutboxFaults(IHostEnvironment environment, IConfiguration configuration)
{
    private readonly int killAfter = KillSwitch.IsAllowed(environment, configuration) ? configuration.GetValue("Testing:KillAfterSends", 0) : 0;
    private int sent;

    public void Sent()
    {
        if (killAfter > 0 && Interlocked.Increment(ref sent) >= killAfter)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
