using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Whether a record is a key decision beyond its own answer (its forward plan item says so, or its value is at the
/// office's threshold) and since when it has been on the forward plan: what the 28 clear days' notice is measured by.
/// </summary>
public sealed class KeyDecisionNotices(DecisionRecordsDbContext db, IOptions<ForwardPlanOptions> options)
{
    public async Task<KeyDecisionNotice> ForAsync(DecisionRecord record, CancellationToken cancellationToken) =>
        (await ForAsync([record], cancellationToken))[record.Id];

    public async Task<IReadOnlyDictionary<Guid, KeyDecisionNotice>> ForAsync(IReadOnlyCollection<DecisionRecord> records, CancellationToken cancellationToken)
    {
        var ids = records.Where(r => r.Origin == RecordOrigin.Drafted).Select(r => r.Id).ToList();
        var items = await db.PlanItems.AsNoTracking().Where(p => p.DecisionRecordId != null && ids.Contains(p.DecisionRecordId.Value))
            .Select(p => new PlanEntry(p.DecisionRecordId!.Value, p.FirstPublishedAt, p.IsKeyDecision, p.KeyDecisionBecause))
            .ToDictionaryAsync(p => p.RecordId, cancellationToken);
        return records.ToDictionary(r => r.Id, r => Of(r, items.GetValueOrDefault(r.Id)));
    }

    /// <summary>
    /// What publication adds to a record's public content from outside it: the day it was first on the forward plan
    /// and its key decision notice. A preview of a record not yet decided counts the notice to <paramref name="today"/>.
    /// </summary>
    public async Task<PublishedDecision> AddToAsync(PublishedDecision content, DecisionRecord record, DateOnly today, CancellationToken cancellationToken)
    {
        var notice = await ForAsync(record, cancellationToken);
        if (notice.OnPlanFrom is { } planned)
        {
            content = content with { OnForwardPlanFrom = planned };
        }

        return content.RecordPublished && PublishedNotice.From(record, notice, today) is { } published ? content with { Notice = published } : content;
    }

    private KeyDecisionNotice Of(DecisionRecord record, PlanEntry? item)
    {
        // A record read from the archive says what it says: the register infers no notice it never gave.
        if (record.Origin == RecordOrigin.Imported)
        {
            return KeyDecisionNotice.None;
        }

        var threshold = options.Value.KeyDecisionThresholdPounds * 100;
        var value = DecisionValue.Of(record)?.ValuePence;
        var because = item is { IsKey: true }
            ? $"Its forward plan item is a key decision: {item.Because}"
            : value >= threshold
                ? $"Its value, {Money.Format(value.Value)}, is at or above the office's threshold of {Money.Format(threshold)}"
                : null;
        return new KeyDecisionNotice(because is not null, because, item is null ? null : UkTime.DateOf(item.FirstPublishedAt));
    }

    private sealed record PlanEntry(Guid RecordId, DateTimeOffset FirstPublishedAt, bool IsKey, string Because);
}
