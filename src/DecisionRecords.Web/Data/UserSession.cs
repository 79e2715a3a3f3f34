namespace DecisionRecords.Web.Data;

/// <summary>
/// A signed-in session, kept in the database so that every instance sees it end: the cookie carries only its key.
/// Sign-out deletes it; a change of the user's security stamp (password, two-factor, roles, disabled) ends it on the
/// next request.
/// </summary>
public class UserSession
{
    public const int KeyHashLength = 64;
    public const int DeviceMaxLength = 200;
    public const int AddressMaxLength = 64;

    /// <summary>The SHA-256 of the key in the cookie, so that the table alone opens no session.</summary>
    public string KeyHash { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The user's security stamp when the session began; a session whose stamp is no longer the user's has ended.</summary>
    public string SecurityStamp { get; set; } = "";

    public byte[] Ticket { get; set; } = [];

    public string Device { get; set; } = "";

    public string Address { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
