namespace DecisionRecords.Web.Domain;

/// <summary>A supporting document: the background report, an appendix. The bytes live in <see cref="AttachmentContent"/>.</summary>
public class Attachment
{
    public const int TitleMaxLength = 200;
    public const int FileNameMaxLength = 200;
    public const int ExemptReasonMaxLength = 500;

    private Attachment()
    {
    }

    public Attachment(Guid id, Guid decisionRecordId, string title, string fileName, string contentType, long sizeBytes, bool isPublic, string uploadedByUserId, DateTimeOffset uploadedAt)
    {
        Id = id;
        DecisionRecordId = decisionRecordId;
        Title = title;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        IsPublic = isPublic;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    public string Title { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>The author's choice: false when the document is not to be published with the record.</summary>
    public bool IsPublic { get; private set; }

    public string UploadedByUserId { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Why the Monitoring Officer exempted the document from publication; cleared when the determination is.</summary>
    public string? ExemptReason { get; private set; }

    /// <summary>Published with the record: the author offered it and the Monitoring Officer did not exempt it.</summary>
    public bool IsPublished => IsPublic && ExemptReason is null;

    public AttachmentContent? Content { get; set; }

    internal void MarkExempt(string reason) => ExemptReason = reason;

    internal void ClearExemption() => ExemptReason = null;
}
