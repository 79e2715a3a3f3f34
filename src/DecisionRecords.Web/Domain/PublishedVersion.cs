namespace DecisionRecords.Web.Domain;

/// <summary>
/// A frozen copy of what the public may see of a record, made at publication with the Monitoring Officer's
/// determination and exemptions applied; for a withheld record, only its stub. Public pages, search, feeds, open data
/// and PDFs read only these. The listing columns are copies of the frozen content, kept for filtering and sorting.
/// </summary>
public class PublishedVersion
{
    public const int ChangeNoteMaxLength = 1000;

    public Guid Id { get; init; }

    public Guid DecisionRecordId { get; init; }

    /// <summary>1 for the first publication, then one more for each amendment.</summary>
    public int Number { get; init; }

    public bool IsLatest { get; set; }

    public string Slug { get; init; } = "";

    public string Reference { get; init; } = "";

    /// <summary>Null for a stub: a record the Monitoring Officer determined not to publish.</summary>
    public string? Title { get; init; }

    public bool IsStub { get; init; }

    /// <summary>Set when the record was taken down after publication: its page answers 410 Gone with this explanation.</summary>
    public string? UnpublishedExplanation { get; init; }

    /// <summary>The Commissioner's decision date, or the record's date where none is known.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>Null when the details of the decision are not published.</summary>
    public DecisionOutcome? Outcome { get; init; }

    public string? Category { get; init; }

    public long? TotalCommitmentPence { get; init; }

    /// <summary>The financial years with published amounts, as "|2020/21|2021/22|".</summary>
    public string FundingYears { get; init; } = "";

    /// <summary>Published delivery organisations, as "|Catch 22|Turning Point|".</summary>
    public string Organisations { get; init; } = "";

    /// <summary>Lower-case text of everything published, for search.</summary>
    public string SearchText { get; init; } = "";

    public DateTimeOffset FirstPublishedAt { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public string ContentJson { get; init; } = "";

    public string ContentHash { get; init; } = "";

    public string? ChangeNote { get; init; }
}

/// <summary>The public PDF of a published version, printed once and served as stored; never printed again silently.</summary>
public class PublishedPdf
{
    public Guid VersionId { get; init; }

    public byte[] Data { get; init; } = [];

    public string Sha256 { get; init; } = "";

    public long SizeBytes { get; init; }

    public DateTimeOffset RenderedAt { get; init; }
}

/// <summary>Changes whenever anything public changes, in any process; public caches key on it.</summary>
public class PublicationStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
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
