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

    /// <summary>Public requests that miss the response cache (searches, first renders) running at once; more wait in a short queue.</summary>
    public int UncachedPublicRequestsAtOnce { get; set; } = 8;

    public int UncachedPublicQueue { get; set; } = 32;

    /// <summary>A file of common and breached passwords, one a line, that nobody may choose.</summary>
    public string CommonPasswordsFile { get; set; } = "common-passwords.txt";

    public static readonly IReadOnlyList<string> PrivilegedRoles =
        [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner, Roles.Administrator];
}
