namespace DecisionRecords.Web.Services;

public class EmailOptions
{
    public const string Section = "Email";

    /// <summary>
    /// "Pickup" writes .eml files to <see cref="PickupFolder"/>; "Smtp" sends through <see cref="SmtpHost"/>; "Notify"
    /// sends through GOV.UK Notify with <see cref="NotifyApiKey"/> and <see cref="NotifyTemplateId"/>.
    /// </summary>
    public string Mode { get; set; } = "Pickup";

    public string PickupFolder { get; set; } = "App_Data/mail";

    public string From { get; set; } = "decision-records@example.org";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUsername { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>A GOV.UK Notify API key ("live" for real addresses).</summary>
    public string? NotifyApiKey { get; set; }

    /// <summary>A Notify email template whose subject is <c>((subject))</c> and whose body is <c>((body))</c>.</summary>
    public string? NotifyTemplateId { get; set; }

    /// <summary>Notify's API address; set only to reach another instance of the API.</summary>
    public string? NotifyBaseUrl { get; set; }

    /// <summary>The bearer token Notify is given for its delivery-status and complaint callbacks; without it the callback answers 404.</summary>
    public string? NotifyCallbackBearerToken { get; set; }

    /// <summary>How many emails an instance hands to the mail system at once, each on its own connection.</summary>
    public int ConcurrentSends { get; set; } = 4;

    /// <summary>How often the outbox is checked, in seconds.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long an instance holds the emails it has claimed before another may take them over, in seconds.</summary>
    public int ClaimLeaseSeconds { get; set; } = 120;
}
