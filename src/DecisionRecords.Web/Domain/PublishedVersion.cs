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

    /// <summary>The Commissioner's decision date; null where an imported record's decision is not dated.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>Null when the details of the decision are not published.</summary>
    public DecisionOutcome? Outcome { get; init; }

    public string? Category { get; init; }

    /// <summary>The value of the decision as the headline shows it; null when it is not known or not published.</summary>
    public long? ValuePence { get; init; }

    /// <summary>The value is the one the record states, rather than what its tables add to.</summary>
    public bool ValueIsStated { get; init; }

    /// <summary>Read from the office's archive rather than drafted and signed here.</summary>
    public bool IsImported { get; init; }

    /// <summary>For an imported record, the day the office first published it, where known.</summary>
    public DateOnly? OriginalPublishedOn { get; init; }

    /// <summary>The financial years with published amounts that count towards the value, as "|2020/21|2021/22|".</summary>
    public string FundingYears { get; init; } = "";

    /// <summary>The slugs of the earlier records this version replaces, varies, amends or revokes, as "|exe0019-23|": so that each shows what relates to it.</summary>
    public string RelatedSlugs { get; init; } = "";

    /// <summary>Published delivery organisations, as "|Catch 22|Turning Point|".</summary>
    public string Organisations { get; init; } = "";

    /// <summary>Lower-case text of everything published, for search.</summary>
    public string SearchText { get; init; } = "";

    /// <summary>When this register first published the record; for an imported record, when it was added to the register.</summary>
    public DateTimeOffset FirstPublishedAt { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public string ContentJson { get; init; } = "";

    public string ContentHash { get; init; } = "";

    /// <summary>
    /// The SHA-256 of the record's signed content when this version was frozen (<see cref="CanonicalContent"/>): what
    /// each signature valid then must have signed. Null where it was not recorded.
    /// </summary>
    public string? RecordContentHash { get; init; }

    public string? ChangeNote { get; init; }
}
