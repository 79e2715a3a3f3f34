namespace DecisionRecords.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>Sign-in, security code and set-password posts: a few a minute from one address.</summary>
    public const string SignIn = nameof(SignIn);

    /// <summary>Officers' previews printed by Chromium: a few at once for each user.</summary>
    public const string Preview = nameof(Preview);

    /// <summary>Checks of a copy on /verify: each upload is read and hashed, so a few a minute from one address.</summary>
    public const string Verify = nameof(Verify);

    /// <summary>Sign-ups for email alerts: each sends an email, so 4 a minute from one address (as GOV.UK's), in each instance.</summary>
    public const string AlertSignUp = nameof(AlertSignUp);
}
