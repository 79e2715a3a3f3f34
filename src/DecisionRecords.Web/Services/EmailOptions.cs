namespace DecisionRecords.Web.Services;

public class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"Pickup" writes .eml files to <see cref="PickupFolder"/>; "Smtp" sends through <see cref="SmtpHost"/>.</summary>
    public string Mode { get; set; } = "Pickup";

    public string PickupFolder { get; set; } = "App_Data/mail";

    public string From { get; set; } = "decision-records@example.org";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUsername { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How often the outbox is checked, in seconds.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long an instance holds the emails it has claimed before another may take them over, in seconds.</summary>
    public int ClaimLeaseSeconds { get; set; } = 120;
}
