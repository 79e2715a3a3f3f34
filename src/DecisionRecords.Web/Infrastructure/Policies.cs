using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Who may do what. Every policy for staff also needs two-factor sign-in where it is required
/// (<see cref="TwoFactorRequirement"/>), so one rule covers pages, endpoints and downloads alike.
/// </summary>
public static class Policies
{
    /// <summary>Anyone with a role: the dashboard.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Reads decision records and their exempt material: every role but a bare administrator.</summary>
    public const string Officer = nameof(Officer);

    /// <summary>Drafts and edits decision records.</summary>
    public const string Draft = nameof(Draft);

    /// <summary>Signs a step of the sequence or returns a record; which step is checked against the record.</summary>
    public const string SignOff = nameof(SignOff);

    /// <summary>Takes a published record down: the Monitoring Officer, who owns the publication scheme.</summary>
    public const string Unpublish = nameof(Unpublish);

    /// <summary>Explains the notes on a record to the public: the Monitoring Officer, who owns what the public reads.</summary>
    public const string ExplainNotes = nameof(ExplainNotes);

    /// <summary>Checks imported records and publishes them: an author or the Monitoring Officer.</summary>
    public const string Review = nameof(Review);

    /// <summary>Manages users, roles, office holders, imports and the audit log.</summary>
    public const string Administer = nameof(Administer);

    public static void Configure(AuthorizationOptions options)
    {
        void Add(string name, IEnumerable<string> roles) =>
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles).AddRequirements(new TwoFactorRequirement()));

        Add(Staff, Roles.All);
        Add(Officer, Roles.Officers);
        Add(Draft, [Roles.Author]);
        Add(SignOff, Roles.Signers);
        Add(Unpublish, [Roles.MonitoringOfficer]);
        Add(ExplainNotes, [Roles.MonitoringOfficer]);
        Add(Review, [Roles.Author, Roles.MonitoringOfficer]);
        Add(Administer, [Roles.Administrator]);
    }
}
