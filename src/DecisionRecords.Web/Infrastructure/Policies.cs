using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

public static class Policies
{
    /// <summary>Any member of staff with at least one role.</summary>
    public const string Officer = nameof(Officer);

    /// <summary>Drafts and edits decision records.</summary>
    public const string Draft = nameof(Draft);

    /// <summary>Signs a step of the sequence or returns a record; which step is checked against the record.</summary>
    public const string SignOff = nameof(SignOff);

    /// <summary>Takes a published record down: the Monitoring Officer, who owns the publication scheme.</summary>
    public const string Unpublish = nameof(Unpublish);

    /// <summary>Explains the notes on a record to the public: the Monitoring Officer, who owns what the public reads.</summary>
    public const string ExplainNotes = nameof(ExplainNotes);

    /// <summary>Manages users, roles and office holders.</summary>
    public const string Administer = nameof(Administer);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Officer, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Draft, p => p.RequireAuthenticatedUser().RequireRole(Roles.Author));
        options.AddPolicy(SignOff, p => p.RequireAuthenticatedUser().RequireRole(Roles.ChiefExecutive, Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner));
        options.AddPolicy(Unpublish, p => p.RequireAuthenticatedUser().RequireRole(Roles.MonitoringOfficer));
        options.AddPolicy(ExplainNotes, p => p.RequireAuthenticatedUser().RequireRole(Roles.MonitoringOfficer));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
    }
}

public static class RateLimits
{
    /// <summary>Sign-in, security code and set-password posts: a few a minute from one address.</summary>
    public const string SignIn = nameof(SignIn);
}
