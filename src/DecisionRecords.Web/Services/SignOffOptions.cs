namespace DecisionRecords.Web.Services;

public class SignOffOptions
{
    public const string Section = "SignOff";

    /// <summary>One person cannot sign two steps of the same record.</summary>
    public bool SeparateDuties { get; set; } = true;

    /// <summary>The author cannot confirm the advice on their own record.</summary>
    public bool AuthorCannotAdvise { get; set; } = true;

    /// <summary>Signers confirm with a code from their authenticator app rather than their password.</summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>Records waiting longer than this many working days are shown as overdue.</summary>
    public int OverdueWorkingDays { get; set; } = 5;
}
