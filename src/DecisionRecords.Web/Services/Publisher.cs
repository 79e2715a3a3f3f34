using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>Freezes what the public may see of a published or withheld record, and tells every public cache.</summary>
public class Publisher(DecisionRecordsDbContext db, KeyDecisionNotices notices)
{
    public async Task<PublishedVersion> FreezeAsync(DecisionRecord record, DateTimeOffset now, string? changeNote, CancellationToken cancellationToken)
    {
        var content = record.Status switch
        {
            DecisionStatus.Published => PublishedDecision.From(record),
            DecisionStatus.Withheld or DecisionStatus.Unpublished => PublishedDecision.Stub(record),
            _ => throw new DomainException($"{record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a published or withheld record has a public version."),
        };
        content = await notices.AddToAsync(content, record, UkTime.DateOf(now), cancellationToken);

        var previous = await db.PublishedVersions.Where(v => v.DecisionRecordId == record.Id).ToListAsync(cancellationToken);
        previous.ForEach(v => v.IsLatest = false);
        if (record.Status == DecisionStatus.Published)
        {
            record.EnsureSignaturesBindContent();
        }

        var version = Version(record.Id, content, previous.Count == 0 ? 1 : previous.Max(v => v.Number) + 1,
            previous.Count == 0 ? now : previous.Min(v => v.FirstPublishedAt), now, changeNote, record.ContentHash());
        db.PublishedVersions.Add(version);
        db.PublicationChanged(now);
        return version;
    }

    /// <summary>
    /// A public version of the content: its columns for the register and search, its frozen JSON and hash. The
    /// determination preview makes one the same way, so that it shows exactly what publication would.
    /// </summary>
    public static PublishedVersion Version(Guid recordId, PublishedDecision content, int number, DateTimeOffset firstPublishedAt, DateTimeOffset now, string? changeNote, string? recordContentHash = null)
    {
        var json = content.ToJson();
        return new()
        {
            Id = Guid.NewGuid(),
            DecisionRecordId = recordId,
            Number = number,
            IsLatest = true,
            Slug = content.Slug,
            Reference = content.Reference,
            Title = content.RecordPublished ? content.Title : null,
            IsStub = !content.RecordPublished,
            UnpublishedExplanation = content.UnpublishedExplanation,
            DecisionDate = content.DecisionDate,
            Outcome = content.Outcome,
            Category = content.Category,
            ValuePence = content.Value?.ValuePence,
            ValueIsStated = content.Value?.IsStated == true,
            IsImported = content.IsImported,
            OriginalPublishedOn = content.OriginalPublishedOn,
            FundingYears = Joined(content.Tables.SelectMany(t => t.Lines.SelectMany(l => l.AmountsPence.Keys.Where(t.Counts))).Select(AmountColumnKey.YearOf).Distinct().Order(StringComparer.Ordinal)),
            Organisations = Joined(FundingOrganisations.Of(content.Tables)),
            RelatedSlugs = Joined(content.RelatesTo.Select(r => DecisionReference.ToSlug(r.Reference)).Distinct().Order(StringComparer.Ordinal)),
            SearchText = SearchText(content),
            FirstPublishedAt = firstPublishedAt,
            PublishedAt = now,
            ContentJson = json,
            ContentHash = PublishedDecision.Hash(json),
            RecordContentHash = recordContentHash,
            ChangeNote = changeNote,
        };
    }

    private static string Joined(IEnumerable<string> values)
    {
        var list = values.Where(v => v.Length > 0).ToList();
        return list.Count == 0 ? "" : $"|{string.Join('|', list)}|";
    }

    private static string SearchText(PublishedDecision content)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Reference).AppendLine(DecisionReference.ToSlug(content.Reference)).AppendLine(content.Title);
        foreach (var section in new[] { content.SummaryOfIssue, content.Recommendations, content.KeyDiscussionPoints })
        {
            text.AppendLine(RichText.ToPlainText(section));
        }

        foreach (var table in content.Tables)
        {
            text.AppendLine(table.Caption);
            foreach (var line in table.Lines.Where(l => l.RedactedReason is null))
            {
                text.AppendLine(line.Group).AppendLine(string.Join(' ', line.Texts));
            }
        }

        return text.ToString().ToLowerInvariant();
    }
}
