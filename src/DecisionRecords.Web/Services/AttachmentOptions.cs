namespace DecisionRecords.Web.Services;

public class AttachmentOptions
{
    public const string Section = "Attachments";

    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
