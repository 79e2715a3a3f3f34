using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// What the public may see of a decided record, with the determination and exemptions applied, frozen at publication.
/// Every value says where it came from: the record's <see cref="Origin"/> (typed here or read from the archive), blank
/// answers left blank, inferred names and table roles marked with their rule, stated figures kept as written.
/// </summary>
public sealed record PublishedDecision(
    bool RecordPublished,
    RecordOrigin Origin,
    string Reference,
    string Slug,
    string Title,
    DateOnly? RecordDate,
    DateOnly? ReceivedDate,
    IReadOnlyList<string> OfficersPresent,
    string? Category,
    bool ReportPublished,
    bool DetailsPublished,
    PublishedAnswers? Answers,
    IReadOnlyList<string> Legislation,
    string? SummaryOfIssue,
    string? Recommendations,
    string? KeyDiscussionPoints,
    IReadOnlyList<PublishedTable> Tables,
    PublishedValue? Value,
    DecisionOutcome? Outcome,
    string? DecisionComments,
    DateOnly? DecisionDate,
    IReadOnlyList<PublishedSignature> Signatures,
    IReadOnlyList<PublishedAttachment> Attachments,
    IReadOnlyList<PublishedNote> Notes,
    DateOnly? OriginalPublishedOn = null,
    string? UnpublishedExplanation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReferenceMarker = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RecordRelation>? Relations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? OnForwardPlanFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PublishedNotice? Notice = null)
{
    /// <summary>The earlier records this one replaces, varies, amends or revokes; empty for none.</summary>
    [JsonIgnore]
    public IReadOnlyList<RecordRelation> RelatesTo => Relations ?? [];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public bool IsImported => Origin == RecordOrigin.Imported;

    /// <summary>What the page gives as the reasons for non-publication: a takedown's explanation, or the Monitoring Officer's reasons wherever they are given, even beside three Yes answers (an exempt line or document).</summary>
    public string? NonPublicationReasons => UnpublishedExplanation ?? Answers?.Reasons;

    public IEnumerable<PublishedTable> TablesIn(TablePlacement placement) => Tables.Where(t => t.Placement == placement);

    public IEnumerable<PublishedNote> NotesOn(string anchor) => Notes.Where(n => n.Concerns == anchor);

    public PublishedSignature? SignatureFor(SignOffStep step) => Signatures.FirstOrDefault(s => s.Step == step);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PublishedDecision FromJson(string json) => JsonSerializer.Deserialize<PublishedDecision>(json, Json)!;

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>For officers: the whole record as it stands, at any state, for the previews. Never stored or served publicly.</summary>
    public static PublishedDecision Preview(DecisionRecord record)
    {
        var tables = record.FundingTables.OrderBy(t => t.Position).Select(t => PublishedTable.From(t, applyExemptions: false)).ToList();
        return new PublishedDecision(
            record.Determination?.PublishRecord ?? true, record.Origin, record.Reference, record.Slug, record.Title, record.RecordDate, record.ReceivedDate,
            record.OfficersPresent, record.Category,
            record.Determination?.PublishReport ?? true, record.Determination?.PublishDetails ?? true,
            PublishedAnswers.From(record.Determination),
            record.Determination?.Legislation.Select(Domain.Legislation.NameOf).ToList() ?? [],
            record.SummaryOfIssue, record.Recommendations, record.KeyDiscussionPoints, tables,
            DecisionValue.Of(tables, record.StatedValue, record.StatedTotal),
            record.Outcome, record.DecisionComments, record.DecisionDate,
            record.ValidSignatures.Select(PublishedSignature.From).ToList(),
            record.Attachments.Select(PublishedAttachment.From).ToList(),
            record.Notes.OrderBy(n => n.Position).Select(PublishedNote.From).ToList(),
            record.OriginalPublishedOn,
            ReferenceMarker: record.ReferenceMarker,
            Relations: record.Relations.Count == 0 ? null : record.Relations);
    }

    /// <summary>What the register shows of a record that is not to be published, or was taken down: the reference, the date and why.</summary>
    public static PublishedDecision Stub(DecisionRecord record) =>
        Stub(record, record.Determination ?? throw new DomainException($"{record.Reference} has no determination."), record.Status == DecisionStatus.Unpublished);

    public static PublishedDecision From(DecisionRecord record)
    {
        var determination = record.Determination ?? throw new DomainException($"{record.Reference} has no determination.");
        return Build(record, determination, record.Exemptions());
    }

    /// <summary>
    /// For the Monitoring Officer, before signing: what the public would see if the record were published under these
    /// answers and exemptions, built from the record without changing it. Never stored or served publicly.
    /// </summary>
    public static PublishedDecision Proposed(DecisionRecord record, Determination determination, IReadOnlyDictionary<Guid, string> exemptions) =>
        determination.PublishRecord == false ? Stub(record, determination, unpublished: false) : Build(record, determination, exemptions);

    private static PublishedDecision Stub(DecisionRecord record, Determination determination, bool unpublished) =>
        new(false, record.Origin, record.Reference, record.Slug, "", null, null, [], null, false, false,
            unpublished ? null : PublishedAnswers.From(determination),
            unpublished ? [] : determination.Legislation.Select(Domain.Legislation.NameOf).ToList(),
            null, null, null, [], null, null, null, record.DecisionDate, [], [], [],
            UnpublishedExplanation: unpublished ? record.UnpublishedExplanation : null);

    /// <param name="exemptions">Reasons by the id of each funding table, line or attachment left out.</param>
    private static PublishedDecision Build(DecisionRecord record, Determination determination, IReadOnlyDictionary<Guid, string> exemptions)
    {
        // A blank answer on an imported record that the office published: the register publishes what the office did.
        var report = determination.PublishReport != false;
        var details = determination.PublishDetails != false;
        var tables = details ? record.FundingTables.OrderBy(t => t.Position).Select(t => PublishedTable.From(t, exemptions)).ToList() : [];
        var notes = record.Notes.OrderBy(n => n.Position)
            .Where(n => IsPublishable(n, report, details, tables))
            .Select(PublishedNote.From)
            .ToList();
        return new PublishedDecision(
            true,
            record.Origin,
            record.Reference,
            record.Slug,
            record.Title,
            record.RecordDate,
            record.ReceivedDate,
            record.OfficersPresent,
            record.Category,
            report,
            details,
            PublishedAnswers.From(determination),
            determination.Legislation.Select(Domain.Legislation.NameOf).ToList(),
            report ? record.SummaryOfIssue : null,
            report ? record.Recommendations : null,
            report ? record.KeyDiscussionPoints : null,
            tables,
            details ? DecisionValue.Of(tables, record.StatedValue, report ? record.StatedTotal : null) : null,
            details ? record.Outcome : null,
            details ? record.DecisionComments : null,
            record.DecisionDate,
            record.ValidSignatures.Select(PublishedSignature.From).ToList(),
            report ? record.Attachments.Where(a => a.IsPublic && !exemptions.ContainsKey(a.Id)).OrderBy(a => a.UploadedAt).Select(PublishedAttachment.From).ToList() : [],
            notes,
            record.OriginalPublishedOn,
            ReferenceMarker: record.ReferenceMarker,
            Relations: record.Relations.Count == 0 ? null : record.Relations.Select(r => report ? r : r with { Written = null }).ToList());
    }

    /// <summary>
    /// A note goes public only with what it is about: nothing about a table that is withheld or has redacted lines
    /// (a stated total beside the published lines would give a redacted amount away by subtraction), about the value
    /// when the details are not published, or quoting the report when the report is not published.
    /// </summary>
    private static bool IsPublishable(RecordNote note, bool report, bool details, IReadOnlyList<PublishedTable> tables)
    {
        if (note.Kind == NoteKind.NotUnderstood && !report)
        {
            return false;
        }

        if (note.Concerns == NoteAnchors.Value)
        {
            return details;
        }

        if (NoteAnchors.IsTable(note.Concerns))
        {
            var table = tables.FirstOrDefault(t => NoteAnchors.Table(t.Id) == note.Concerns);
            return table is not null && table.RedactedReason is null && !table.HasRedactions;
        }

        return true;
    }
}
