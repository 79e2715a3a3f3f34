using DecisionRecords.Web.Data;

namespace DecisionRecords.Web.Infrastructure;

public class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signers and administrators must turn on two-factor sign-in before they can use anything but their account pages.</summary>
    public bool RequireTwoFactorForPrivilegedRoles { get; set; }

    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>However active a session is, it ends this long after sign-in.</summary>
    public double AbsoluteSessionHours { get; set; } = 12;

    /// <summary>Sliding: a session left idle this long ends.</summary>
    public double IdleSessionHours { get; set; } = 8;

    /// <summary>Chromium previews one officer may have printing at once.</summary>
    public int PreviewsAtOncePerUser { get; set; } = 2;

    /// <summary>
    /// Public requests that miss the response cache (searches, first renders) running at once; more wait in a short
    /// queue. 0 means half the processors, so that such work never takes more than half the machine from cached pages.
    /// </summary>
    public int UncachedPublicRequestsAtOnce { get; set; }

    public int UncachedPublicQueue { get; set; } = 16;

    /// <summary>
    /// How long a refused request waits before its 503: a client flooding the service with unique queries then sends
    /// a few requests a second on each connection instead of thousands, at no cost to the service while it waits.
    /// </summary>
    public int BusyDelayMilliseconds { get; set; } = 250;

    public int UncachedPublicPermits => UncachedPublicRequestsAtOnce > 0 ? UncachedPublicRequestsAtOnce : Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>A file of common and breached passwords, one a line, that nobody may choose.</summary>
    public string CommonPasswordsFile { get; set; } = "common-passwords.txt";

    public static readonly IReadOnlyList<string> PrivilegedRoles =
        [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner, Roles.Administrator];
}
