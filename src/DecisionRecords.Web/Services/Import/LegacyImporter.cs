using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Brings legacy decision records (text or Word) into the database as published historic records, one transaction
/// per document: a refused document writes nothing.
/// </summary>
public class LegacyImporter(DecisionRecordsDbContext db, OfficeHolderDirectory officeHolders, RecordChanges changes, Publisher publisher)
{
    public const string ImportUserId = "import";
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<ImportOutcome> ImportAsync(ActingContext actor, string source, byte[] content, ImportOptions options, CancellationToken cancellationToken)
    {
        ParsedRecord parsed;
        try
        {
            if (content.LongLength > MaxBytes)
            {
                throw new ImportRefusedException($"the file is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            parsed = LegacyRecordParser.Parse(ReadText(source, content, cancellationToken));
        }
        catch (ImportRefusedException ex)
        {
            return new ImportOutcome(source, ImportResult.Refused, null, ex.Message, []);
        }

        var slug = DecisionReference.ToSlug(parsed.Reference);
        var sourceHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        var existing = await db.DecisionRecords.Where(r => r.Slug == slug).Select(r => new { r.Id, r.Reference, r.ImportedFromHash, r.Version }).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null && existing.ImportedFromHash == sourceHash)
        {
            return new ImportOutcome(source, ImportResult.Unchanged, existing.Reference, null, []);
        }

        if (existing is not null && !options.Replace)
        {
            return new ImportOutcome(source, ImportResult.Refused, parsed.Reference, $"{existing.Reference} is already in the register from another document (import again choosing to replace it)", parsed.Discrepancies);
        }

        var fileName = Path.GetFileName(source);
        if (existing is not null)
        {
            return await ReplaceAsync(actor, existing.Id, existing.Version, source, content, sourceHash, parsed, options, cancellationToken);
        }

        var record = new DecisionRecord(Guid.NewGuid(), parsed.Reference, parsed.Title, ImportUserId, actor.Now);
        var discrepancies = await FillAsync(record, source, content, sourceHash, parsed, options, actor.Now, cancellationToken);
        if (options.DryRun)
        {
            return new ImportOutcome(source, ImportResult.Ready, parsed.Reference, null, discrepancies);
        }

        var result = await changes.AddAsync(actor, RecordOperation.Import, record, async change =>
        {
            // Held for review, nothing is public until an officer publishes it.
            var version = record.Status == DecisionStatus.AwaitingReview ? null : await publisher.FreezeAsync(record, actor.Now, null, cancellationToken);
            change.Raise(new RecordImportedEvent(record.Reference, fileName, record.Status, false, discrepancies), version?.ContentHash);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return result.Outcome == ChangeOutcome.Done
            ? new ImportOutcome(source, ImportResult.Imported, record.Reference, null, discrepancies)
            : new ImportOutcome(source, ImportResult.Refused, parsed.Reference, result.Message, discrepancies);
    }

    /// <summary>
    /// A corrected document for a record that came from the archive and was never signed here: the same record read
    /// again, published as a new version with a public note. What was published before, and every sealed copy, stays.
    /// </summary>
    private async Task<ImportOutcome> ReplaceAsync(
        ActingContext actor, Guid id, int version, string source, byte[] content, string sourceHash, ParsedRecord parsed, ImportOptions options, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(source);
        var current = await db.WholeRecords().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        if (current.WhyNotReplaceableFromArchive() is { } refusal)
        {
            return new ImportOutcome(source, ImportResult.Refused, parsed.Reference, refusal, parsed.Discrepancies);
        }

        if (options.DryRun)
        {
            var trial = new DecisionRecord(Guid.NewGuid(), parsed.Reference, parsed.Title, ImportUserId, actor.Now);
            return new ImportOutcome(source, ImportResult.Ready, parsed.Reference, null, await FillAsync(trial, source, content, sourceHash, parsed, options, actor.Now, cancellationToken));
        }

        List<string> discrepancies = [];
        var changeNote = $"Replaced by a corrected copy of the original record from the office's archive ({fileName}).";
        var result = await changes.ApplyAsync(actor, id, version, RecordOperation.Import, async change =>
        {
            var record = change.Record;
            var previousSource = record.ImportedFromHash;
            record.BeginArchiveReplacement(parsed.Reference, changeNote, actor.Now);
            discrepancies = await FillAsync(record, source, content, sourceHash, parsed, options, actor.Now, cancellationToken);
            var frozen = record.Status == DecisionStatus.AwaitingReview ? null : await publisher.FreezeAsync(record, actor.Now, record.TakeChangeNote(), cancellationToken);
            change.Raise(new RecordReplacedFromArchiveEvent(record.Reference, fileName, previousSource, sourceHash, record.Status, frozen?.Number, changeNote, discrepancies), frozen?.ContentHash);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return result.Outcome == ChangeOutcome.Done
            ? new ImportOutcome(source, ImportResult.Imported, parsed.Reference, null, discrepancies)
            : new ImportOutcome(source, ImportResult.Refused, parsed.Reference, result.Message ?? "the record changed while it was being replaced; import it again", discrepancies);
    }

    /// <summary>Writes what the document says into a record that is a draft: its content, notes, source and paper sign-offs.</summary>
    private async Task<List<string>> FillAsync(
        DecisionRecord record, string source, byte[] content, string sourceHash, ParsedRecord parsed, ImportOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        record.UpdateDetails(parsed.Title, parsed.RecordDate, parsed.ReceivedDate, parsed.OfficersPresent, record.Category);
        record.UpdateSection(RecordSection.SummaryOfIssue, parsed.SummaryOfIssue);
        record.UpdateSection(RecordSection.Recommendations, parsed.Recommendations);
        record.UpdateSection(RecordSection.KeyDiscussionPoints, parsed.KeyDiscussionPoints);
        record.SetRelations(parsed.Relations, parsed.ReferenceMarker);
        var tableIds = new List<Guid>();
        foreach (var edit in parsed.Tables)
        {
            tableIds.Add(record.AddFundingTable(Guid.NewGuid(), edit).Id);
        }

        var notes = parsed.Notes.ToList();
        var decisionDate = parsed.Decision?.Date;
        string? inferredName = null;
        string? nameRule = null;
        if (parsed.Decision?.Name is null)
        {
            var date = decisionDate ?? parsed.RecordDate;
            var holder = date is { } d ? await officeHolders.HolderOnAsync(Office.Commissioner, d, cancellationToken) : null;
            inferredName = holder?.Name;
            nameRule = holder is null ? null : $"the Commissioner on {UkTime.FormatDate(date)}, from the register's list of office holders";
            notes.Add(new ParsedNote(NoteKind.NameNotWritten, holder is null
                ? "The Commissioner's name is not written on the original, and no holder of the office is recorded for its date."
                : $"The Commissioner's name is not written on the original; {holder.Name} held the office on {UkTime.FormatDate(date)}, by the register's list of office holders.",
                parsed.Decision?.Line, NoteAnchors.Signature(SignOffStep.Decision)));
        }

        var signatures = new List<Signature>
        {
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Advice, parsed.Advice?.Name, parsed.Advice?.Date, "Chief Executive or Chief Finance Officer"),
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Determination, parsed.Determination?.Name, parsed.Determination?.Date, "Monitoring Officer"),
            Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Decision, parsed.Decision?.Name, decisionDate, "Police and Crime Commissioner", inferredName, nameRule),
        };
        var determination = new Determination
        {
            PublishRecord = parsed.PublishRecord,
            PublishReport = parsed.PublishReport,
            PublishDetails = parsed.PublishDetails,
            Reasons = parsed.Reasons,
        };

        record.RecordImportedContent(parsed.StatedValue, parsed.StatedTotal, null,
            notes.Select(n => (n.Kind, n.Text, n.Table is { } t && t < tableIds.Count ? NoteAnchors.Table(tableIds[t]) : n.Concerns)), sourceHash);
        record.AddAttachment(new Attachment(Guid.NewGuid(), record.Id, "Imported source document", Path.GetFileName(source),
            source.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? FileTypes.Docx : "text/plain", content.LongLength, false, ImportUserId, now)
        {
            Content = new AttachmentContent { Data = content },
        });
        record.RecordImportedSignOff(signatures, determination, parsed.Outcome!.Value, decisionDate, now, options.HoldForReview, parsed.DecisionComments);
        return notes.Select(n => n.Describe()).ToList();
    }

    /// <summary>The document's text, read within <see cref="DocumentBudget"/>: a document past its limits, or its time, is refused.</summary>
    public static string ReadText(string source, byte[] content, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(DocumentBudget.MaxTime);
        try
        {
            if (source.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || FileTypes.Detect(content) == FileTypes.Docx)
            {
                DocumentBudget.CheckDocx(content, budget.Token);
                return DocxText.Read(content);
            }

            if (content.AsSpan().StartsWith("%PDF"u8))
            {
                DocumentBudget.CheckPdf(content, budget.Token);
                return PdfText.Read(content, budget.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImportRefusedException($"the document took more than {DocumentBudget.MaxTime.TotalSeconds:0} seconds to read");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Older exports are often Windows-1252; Latin-1 reads every byte, and the £ sign survives.
            return Encoding.Latin1.GetString(content);
        }
    }
}
