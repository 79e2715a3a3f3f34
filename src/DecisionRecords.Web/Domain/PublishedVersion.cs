namespace DecisionRecords.Web.Domain;

/// <summary>
/// A frozen copy of what the public may see of a record, made at publication with the Monitoring Officer's
/// determination and exemptions applied. Public pages, feeds and PDFs read only these.
/// </summary>
public class PublishedVersion
{
    public const int ChangeNoteMaxLength = 1000;

    private PublishedVersion()
    {
    }

    public PublishedVersion(Guid id, Guid decisionRecordId, int number, string slug, DateTimeOffset publishedAt, string contentJson, string contentHash, string? changeNote)
    {
        Id = id;
        DecisionRecordId = decisionRecordId;
        Number = number;
        Slug = slug;
        PublishedAt = publishedAt;
        ContentJson = contentJson;
        ContentHash = contentHash;
        ChangeNote = changeNote;
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    /// <summary>1 for the first publication, then one more for each amendment.</summary>
    public int Number { get; private set; }

    public string Slug { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public string ContentJson { get; private set; } = "";

    public string ContentHash { get; private set; } = "";

    public string? ChangeNote { get; private set; }
}

/// <summary>An email waiting to be sent; written with the change that caused it, sent and retried in the background.</summary>
public class OutboxMessage
{
    public const int MaxAttempts = 8;

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, string to, string subject, string body, DateTimeOffset createdAt)
    {
        Id = id;
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public bool GaveUp => SentAt is null && Attempts >= MaxAttempts;

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Backs off exponentially: 1, 2, 4 ... minutes.</summary>
    public void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts - 1));
    }
}
