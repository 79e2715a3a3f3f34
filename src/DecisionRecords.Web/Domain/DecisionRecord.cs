namespace DecisionRecords.Web.Domain;

public class DecisionRecord
{
    public const int TitleMaxLength = 250;
    public const int RichTextMaxLength = 50_000;
    public const int OfficerNameMaxLength = 100;
    public const int MaxOfficers = 30;
    public const int CategoryMaxLength = 100;

    private DecisionRecord()
    {
    }

    public DecisionRecord(Guid id, string reference, string title, string createdByUserId, DateTimeOffset now)
    {
        Id = id;
        SetReference(reference);
        Title = title;
        CreatedByUserId = createdByUserId;
        UpdatedByUserId = createdByUserId;
        CreatedAt = now;
        UpdatedAt = now;
        Status = DecisionStatus.Draft;
    }

    public Guid Id { get; private set; }

    /// <summary>As written, including legacy forms such as "EXE0003/20".</summary>
    public string Reference { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The "Date:" at the top of the record.</summary>
    public DateOnly? RecordDate { get; private set; }

    public DateOnly? ReceivedDate { get; private set; }

    public List<string> OfficersPresent { get; private set; } = [];

    public string? Category { get; private set; }

    public string SummaryOfIssue { get; private set; } = "";

    public string Recommendations { get; private set; } = "";

    public string KeyDiscussionPoints { get; private set; } = "";

    public DecisionStatus Status { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedByUserId { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token for the whole record, its tables and attachments.</summary>
    public int Version { get; private set; }

    public List<FundingTable> FundingTables { get; private set; } = [];

    public List<Attachment> Attachments { get; private set; } = [];

    public long TotalCommitmentPence => FundingTables.Where(t => t.IncludeInTotal).Sum(t => t.GrandTotalPence);

    public bool IsEditable => Status == DecisionStatus.Draft;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"Record {Reference} is {Status.DisplayName().ToLowerInvariant()} and cannot be edited.");
        }
    }

    public void UpdateDetails(string title, DateOnly? recordDate, DateOnly? receivedDate, IEnumerable<string> officersPresent, string? category)
    {
        EnsureEditable();
        Title = title.Trim();
        RecordDate = recordDate;
        ReceivedDate = receivedDate;
        OfficersPresent = officersPresent.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        Category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
    }

    public void UpdateSection(RecordSection section, string text)
    {
        EnsureEditable();
        var value = text.Trim();
        switch (section)
        {
            case RecordSection.SummaryOfIssue:
                SummaryOfIssue = value;
                break;
            case RecordSection.Recommendations:
                Recommendations = value;
                break;
            case RecordSection.KeyDiscussionPoints:
                KeyDiscussionPoints = value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(section));
        }
    }

    public string GetSection(RecordSection section) => section switch
    {
        RecordSection.SummaryOfIssue => SummaryOfIssue,
        RecordSection.Recommendations => Recommendations,
        RecordSection.KeyDiscussionPoints => KeyDiscussionPoints,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public FundingTable AddFundingTable(Guid id, string caption)
    {
        EnsureEditable();
        var table = new FundingTable(id, Id, caption, FundingTables.Count == 0 ? 0 : FundingTables.Max(t => t.Position) + 1);
        FundingTables.Add(table);
        return table;
    }

    public void RemoveFundingTable(Guid tableId)
    {
        EnsureEditable();
        var table = FundingTables.SingleOrDefault(t => t.Id == tableId)
            ?? throw new DomainException("That funding table is not part of this record.");
        FundingTables.Remove(table);
    }

    public void MoveFundingTable(Guid tableId, int offset)
    {
        EnsureEditable();
        var ordered = FundingTables.OrderBy(t => t.Position).ToList();
        var index = ordered.FindIndex(t => t.Id == tableId);
        if (index < 0)
        {
            throw new DomainException("That funding table is not part of this record.");
        }

        var target = index + offset;
        if (target < 0 || target >= ordered.Count)
        {
            throw new DomainException("That funding table cannot move further.");
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
    }

    public void Touch(string userId, DateTimeOffset now)
    {
        UpdatedByUserId = userId;
        UpdatedAt = now;
        Version++;
    }

    public void EnsureDeletable()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new DomainException($"Only a draft can be deleted; {Reference} is {Status.DisplayName().ToLowerInvariant()}.");
        }
    }

    private void SetReference(string reference)
    {
        Reference = reference.Trim();
        Slug = DecisionReference.ToSlug(Reference);
    }
}

public enum RecordSection
{
    SummaryOfIssue,
    Recommendations,
    KeyDiscussionPoints,
}
