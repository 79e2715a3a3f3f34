using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Checks that the register holds what its audit events claim, beyond the hash chain: each published version's
/// content is what every signature valid at its publication signed; a record past its draft still holds what its
/// signatures signed; version numbers run without gaps; every version and every sealed copy the events name is still
/// held. A list of what does not hold; empty when everything does.
/// </summary>
public class RegisterVerifier(DecisionRecordsDbContext db)
{
    /// <summary>Events that name a published version by its content hash.</summary>
    private static readonly string[] PublishingEvents =
    [
        AuditEventTypes.RecordPublished, AuditEventTypes.RecordWithheld, AuditEventTypes.RecordImported,
        AuditEventTypes.RecordReplacedFromArchive, AuditEventTypes.RecordUnpublished,
    ];

    /// <summary>Events after which an imported record's published content may differ from the version before.</summary>
    private static readonly string[] ArchiveContentEvents = [AuditEventTypes.RecordReplacedFromArchive, AuditEventTypes.CategorySet];

    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var versions = (await db.PublishedVersions.AsNoTracking()
            .Select(v => new { v.Id, v.DecisionRecordId, v.Number, v.Reference, v.IsLatest, v.IsStub, v.PublishedAt, v.ContentHash, v.RecordContentHash })
            .ToListAsync(cancellationToken)).ToLookup(v => v.DecisionRecordId);
        var signatures = (await db.Signatures.AsNoTracking().Where(s => s.ContentHash != null).ToListAsync(cancellationToken)).ToLookup(s => s.DecisionRecordId);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.DecisionRecordId != null)
            .Select(e => new { e.Sequence, e.DecisionRecordId, e.EventType, e.ContentHash, e.OccurredAt, e.Payload, e.HashForm })
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var sealedCopies = (await db.SealedCopies.AsNoTracking().Select(c => c.Sha256).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var references = await db.DecisionRecords.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Reference, cancellationToken);
        string Name(Guid recordId) => references.GetValueOrDefault(recordId) ?? versions[recordId].Select(v => v.Reference).FirstOrDefault() ?? $"record {recordId}";

        foreach (var record in versions)
        {
            var ordered = record.OrderBy(v => v.Number).ToList();
            if (!ordered.Select(v => v.Number).SequenceEqual(Enumerable.Range(1, ordered.Count)))
            {
                problems.Add($"{Name(record.Key)}: its published versions are numbered {string.Join(", ", ordered.Select(v => v.Number))}, not 1 to {ordered.Count}: a version was deleted");
            }

            if (ordered.Count(v => v.IsLatest) != 1)
            {
                problems.Add($"{Name(record.Key)}: {ordered.Count(v => v.IsLatest)} published versions are marked latest");
            }

            var previous = default(string);
            var previousAt = DateTimeOffset.MinValue;
            foreach (var version in ordered.Where(v => !v.IsStub && v.RecordContentHash is not null))
            {
                var signedThen = signatures[record.Key].Where(s => s.SignedAt <= version.PublishedAt && (!s.IsVoid || s.VoidedAt > version.PublishedAt)).ToList();
                foreach (var signature in signedThen.Where(s => s.ContentHash != version.RecordContentHash))
                {
                    problems.Add($"{Name(record.Key)} version {version.Number}: published content is not what {signature.SignerName} ({signature.SignerJobTitle}) signed on {UkTime.FormatDateTime(signature.SignedAt!.Value)}");
                }

                var changedOnPaperOnly = signedThen.Count == 0 && previous is not null && previous != version.RecordContentHash;
                if (changedOnPaperOnly && !events.Any(e => e.DecisionRecordId == record.Key && ArchiveContentEvents.Contains(e.EventType) && e.OccurredAt >= previousAt && e.OccurredAt <= version.PublishedAt))
                {
                    problems.Add($"{Name(record.Key)} version {version.Number}: its content differs from version {version.Number - 1} with no signature, replacement from the archive or category change to account for it");
                }

                previous = version.RecordContentHash;
                previousAt = version.PublishedAt;
            }
        }

        var live = await db.WholeRecords().AsNoTracking().Where(r => r.Status != DecisionStatus.Draft && r.Signatures.Any(s => !s.IsVoid && s.ContentHash != null)).ToListAsync(cancellationToken);
        foreach (var record in live)
        {
            var now = record.ContentHash();
            foreach (var signature in record.ValidSignatures.Where(s => s.ContentHash is not null && s.ContentHash != now))
            {
                problems.Add($"{record.Reference} ({record.Status.DisplayName().ToLowerInvariant()}): its content is not what {signature.SignerName} ({signature.SignerJobTitle}) signed");
            }
        }

        foreach (var e in events.Where(e => e.HashForm == AuditEvent.CurrentHashForm))
        {
            var recordId = e.DecisionRecordId!.Value;
            var payload = AuditJson.Read(e.Payload);
            int? number = payload switch
            {
                RecordPublishedEvent p => p.Version,
                RecordWithheldEvent w => w.Version,
                RecordReplacedFromArchiveEvent r => r.Version,
                _ => null,
            };
            var held = number is { } n
                ? versions[recordId].Any(v => v.Number == n && v.ContentHash == e.ContentHash)
                : versions[recordId].Any(v => v.ContentHash == e.ContentHash);
            if (PublishingEvents.Contains(e.EventType) && e.ContentHash is not null && !held)
            {
                problems.Add($"{Name(recordId)}: the version{(number is null ? "" : $" {number}")} published by event {e.Sequence} ({e.EventType}) is no longer held");
            }

            var sealedBy = payload switch
            {
                PdfSealedEvent issued => [issued.Sha256],
                PdfResealedEvent resealed => new[] { resealed.PreviousSha256, resealed.Sha256 }.Where(h => h.Length > 0).ToArray(),
                _ => [],
            };
            foreach (var sha in sealedBy.Where(h => !sealedCopies.Contains(h)))
            {
                problems.Add($"{Name(recordId)}: the sealed copy {sha} issued by event {e.Sequence} is no longer on record, so /verify cannot name it");
            }
        }

        return problems;
    }
}
