using System.Security.Claims;

namespace DecisionRecords.Web.Services.Changes;

/// <summary>
/// Who is acting, in which roles, how they proved who they are, and when: what every change to a record is given,
/// so that no service reads the HTTP request. Background work acts as the system.
/// </summary>
public sealed record ActingContext(ClaimsPrincipal Principal, DateTimeOffset Now, string? IpAddress)
{
    public const string SystemAuthenticationType = "decision-records-system";

    public string? UserId { get; init; } = Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The sign-in name (an email address) for a person; for the system, what it was doing.</summary>
    public string? UserName { get; init; } = Principal.Identity?.Name;

    public bool IsSystem => Principal.Identity?.AuthenticationType == SystemAuthenticationType;

    /// <summary>Whether this session was signed in with a security code as well as a password.</summary>
    public bool SignedInWithSecurityCode => Principal.HasClaim("amr", "mfa");

    public static ActingContext System(DateTimeOffset now, string? doing = null) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([], SystemAuthenticationType)), now, null) { UserId = null, UserName = doing };

    /// <summary>The same moment, attributed to a user who is not (yet) the signed-in principal, such as one signing in.</summary>
    public ActingContext As(string? userId, string? userName) => this with { UserId = userId, UserName = userName };
}
