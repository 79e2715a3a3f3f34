using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>What the public may see of a decided record, with the determination and exemptions applied.</summary>
public sealed record PublishedDecision(
    bool RecordPublished,
    string Reference,
    string Slug,
    string Title,
    DateOnly? RecordDate,
    DateOnly? ReceivedDate,
    IReadOnlyList<string> OfficersPresent,
    string? Category,
    bool ReportPublished,
    bool DetailsPublished,
    string? NonPublicationReasons,
    IReadOnlyList<string> Legislation,
    string? SummaryOfIssue,
    string? Recommendations,
    string? KeyDiscussionPoints,
    IReadOnlyList<PublishedTable> Tables,
    long? TotalCommitmentPence,
    DecisionOutcome? Outcome,
    string? DecisionComments,
    DateOnly? DecisionDate,
    IReadOnlyList<PublishedSignature> Signatures,
    IReadOnlyList<PublishedAttachment> Attachments,
    bool Determined = true)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PublishedDecision FromJson(string json) => JsonSerializer.Deserialize<PublishedDecision>(json, Json)!;

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>For officers: the whole record as it stands, at any state, for the watermarked preview. Never stored or served publicly.</summary>
    public static PublishedDecision Preview(DecisionRecord record)
    {
        var tables = record.FundingTables.OrderBy(t => t.Position).Select(t => PublishedTable.From(t, applyExemptions: false)).ToList();
        return new PublishedDecision(
            record.Determination?.PublishRecord ?? true, record.Reference, record.Slug, record.Title, record.RecordDate, record.ReceivedDate, record.OfficersPresent, record.Category,
            record.Determination?.PublishReport ?? true, record.Determination?.PublishDetails ?? true, record.Determination?.Reasons,
            record.Determination?.Legislation.Select(Domain.Legislation.NameOf).ToList() ?? [],
            record.SummaryOfIssue, record.Recommendations, record.KeyDiscussionPoints, tables, record.TotalCommitmentPence,
            record.Outcome, record.DecisionComments, record.DecisionDate,
            record.ValidSignatures.Select(s => new PublishedSignature(s.Step, s.SignerName, s.SignerJobTitle, s.SignedAt, s.VerificationCode, s.UserId is null)).ToList(),
            record.Attachments.Select(a => new PublishedAttachment(a.Id, a.Title, a.FileName, a.ContentType, a.SizeBytes)).ToList(),
            record.Determination is not null);
    }

    /// <summary>What the register shows of a record that is not to be published: the reference, the date and why.</summary>
    public static PublishedDecision Stub(DecisionRecord record)
    {
        var determination = record.Determination ?? throw new DomainException($"{record.Reference} has no determination.");
        var reasons = record.Status == DecisionStatus.Unpublished ? record.UnpublishedExplanation : determination.Reasons;
        return new PublishedDecision(false, record.Reference, record.Slug, "", null, null, [], null, false, false, reasons,
            record.Status == DecisionStatus.Unpublished ? [] : determination.Legislation.Select(Domain.Legislation.NameOf).ToList(),
            null, null, null, [], null, null, null, record.DecisionDate, [], []);
    }

    public static PublishedDecision From(DecisionRecord record)
    {
        var determination = record.Determination ?? throw new DomainException($"{record.Reference} has no determination.");
        var report = determination.PublishReport;
        var details = determination.PublishDetails;
        var tables = details ? record.FundingTables.OrderBy(t => t.Position).Select(t => PublishedTable.From(t)).ToList() : [];
        return new PublishedDecision(
            true,
            record.Reference,
            record.Slug,
            record.Title,
            record.RecordDate,
            record.ReceivedDate,
            record.OfficersPresent,
            record.Category,
            report,
            details,
            determination.PublishesEverything ? null : determination.Reasons,
            determination.Legislation.Select(Domain.Legislation.NameOf).ToList(),
            report ? record.SummaryOfIssue : null,
            report ? record.Recommendations : null,
            report ? record.KeyDiscussionPoints : null,
            tables,
            details ? tables.Where(t => t.IncludeInTotal).Sum(t => t.GrandTotalPence) : null,
            details ? record.Outcome : null,
            details ? record.DecisionComments : null,
            record.DecisionDate,
            record.ValidSignatures.Select(s => new PublishedSignature(s.Step, s.SignerName, s.SignerJobTitle, s.SignedAt, s.VerificationCode, s.UserId is null)).ToList(),
            report
                ? record.Attachments.Where(a => a.IsPublic).OrderBy(a => a.UploadedAt).Select(a => new PublishedAttachment(a.Id, a.Title, a.FileName, a.ContentType, a.SizeBytes)).ToList()
                : []);
    }
}

public sealed record PublishedColumn(bool IsAmount, string Heading, string? FinancialYear);

public sealed record PublishedLine(string? Group, IReadOnlyList<string> Texts, IReadOnlyDictionary<string, long> AmountsPence, string? RedactedReason);

public sealed record PublishedTable(
    string Caption,
    string? RedactedReason,
    bool IncludeInTotal,
    IReadOnlyList<PublishedColumn> Columns,
    int TextColumnCount,
    IReadOnlyList<PublishedLine> Lines)
{
    public static PublishedTable From(FundingTable table, bool applyExemptions = true)
    {
        var columns = table.Columns().Select(c => new PublishedColumn(c.IsAmount, c.Heading, c.FinancialYear)).ToList();
        if (!applyExemptions)
        {
            return new PublishedTable(table.Caption, null, table.IncludeInTotal, columns, table.TextColumns.Count,
                table.OrderedLines.Select(l => new PublishedLine(l.Group, l.Texts, l.Amounts.ToDictionary(a => a.FinancialYear, a => a.AmountPence), null)).ToList());
        }

        if (table.ExemptReason is not null)
        {
            return new PublishedTable(table.Caption, table.ExemptReason, table.IncludeInTotal, columns, table.TextColumns.Count, []);
        }

        // An exempt line keeps its place but none of its text, group or figures; totals leave it out, so it cannot be worked out by subtraction.
        var lines = table.OrderedLines.Select(l => l.ExemptReason is null
            ? new PublishedLine(l.Group, l.Texts, l.Amounts.ToDictionary(a => a.FinancialYear, a => a.AmountPence), null)
            : new PublishedLine(null, [], new Dictionary<string, long>(), l.ExemptReason)).ToList();
        return new PublishedTable(table.Caption, null, table.IncludeInTotal, columns, table.TextColumns.Count, lines);
    }

    public long ColumnTotalPence(string year) => Lines.Sum(l => l.AmountsPence.GetValueOrDefault(year));

    public long GrandTotalPence => Lines.Sum(l => l.AmountsPence.Values.Sum());

    public bool HasRedactions => Lines.Any(l => l.RedactedReason is not null);
}

public sealed record PublishedSignature(SignOffStep Step, string Name, string JobTitle, DateTimeOffset SignedAt, string VerificationCode, bool RecordedOnPaper);

public sealed record PublishedAttachment(Guid Id, string Title, string FileName, string ContentType, long SizeBytes);
