namespace DecisionRecords.Web.Services.Pdf;

public class PdfOptions
{
    public const string Section = "Pdf";

    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages printed at once; each holds a Chromium tab's memory.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    public int TimeoutSeconds { get; set; } = 30;

    public int Attempts { get; set; } = 2;
}
