using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// The forward plan: decisions the office intends to take, published when added. Every change goes one way: load,
/// check the version the officer saw, act through the item (which refuses illegal moves), audit, save once.
/// </summary>
public sealed class ForwardPlan(DecisionRecordsDbContext db, AuditLog audit, DraftingService drafting, PublicRegister register, IOptions<ForwardPlanOptions> options)
{
    private long ThresholdPence => options.Value.KeyDecisionThresholdPounds * 100;

    public long KeyDecisionThresholdPence => ThresholdPence;

    /// <summary>Items still to be decided, soonest first; withdrawn ones after them.</summary>
    public async Task<IReadOnlyList<PlanItem>> ItemsAsync(CancellationToken cancellationToken) =>
        [.. (await db.PlanItems.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(p => p.Status == PlanItemStatus.Withdrawn).ThenBy(p => p.ExpectedOn).ThenBy(p => p.FirstPublishedAt)];

    /// <summary>What the public reads: the items <paramref name="filter"/> asks for, each decided one with its published version (only what the register publishes).</summary>
    public async Task<PublicPlan> PublicAsync(PlanFilter filter, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(cancellationToken);
        var records = items.Where(i => i.DecisionRecordId is not null).Select(i => i.DecisionRecordId!.Value).ToList();
        var decisions = records.Count == 0 ? new Dictionary<Guid, PublishedVersion>()
            : await register.Latest().Where(v => records.Contains(v.DecisionRecordId)).ToDictionaryAsync(v => v.DecisionRecordId, cancellationToken);
        var matching = items.Where(i => filter.Matches(i, i.DecisionRecordId is { } id && decisions.ContainsKey(id))).ToList();
        return new PublicPlan(matching, decisions, items.Count);
    }

    /// <summary>The plan as it stood at the end of <paramref name="date"/>: every item published by then, as its last change before then left it.</summary>
    public async Task<PlanAsAt> AsAtAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var end = UkTime.StartOfDay(date.AddDays(1));
        var items = (await db.PlanItems.AsNoTracking().ToListAsync(cancellationToken)).Where(p => p.FirstPublishedAt < end).ToList();
        var records = items.Where(i => i.DecisionRecordId is not null).Select(i => i.DecisionRecordId!.Value).ToList();
        var decided = records.Count == 0 ? new Dictionary<Guid, PublishedVersion>()
            : (await register.Latest().Where(v => records.Contains(v.DecisionRecordId)).ToListAsync(cancellationToken))
                .Where(v => v.FirstPublishedAt < end).ToDictionary(v => v.DecisionRecordId);
        var entries = items
            .Select(i => (Item: i, Change: i.Changes.Where(c => c.ChangedAt < end && c.Snapshot is not null).MaxBy(c => c.ChangedAt)))
            .Where(x => x.Change is not null)
            .Select(x => new PlanAsAt.Entry(x.Item.Id, PlanItemSnapshot.FromJson(x.Change!.Snapshot)!, x.Item.FirstPublishedAt, x.Change.ChangedAt,
                x.Item.DecisionRecordId is { } id ? decided.GetValueOrDefault(id) : null))
            .OrderBy(e => e.Item.Status == PlanItemStatus.Withdrawn).ThenBy(e => e.Decided is not null).ThenBy(e => e.Item.ExpectedOn).ThenBy(e => e.FirstPublishedAt)
            .ToList();
        return new PlanAsAt(date, entries);
    }

    public Task<PlanItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.PlanItems.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Whether an item first published at <paramref name="firstPublishedAt"/> is still marked new at <paramref name="now"/>.</summary>
    public bool IsNew(DateTimeOffset firstPublishedAt, DateTimeOffset now) => now - firstPublishedAt < TimeSpan.FromDays(options.Value.NewForDays);

    public int NewForDays => options.Value.NewForDays;

    public async Task<PlanItem> AddAsync(ActingContext actor, PlanItemDetails details, CancellationToken cancellationToken)
    {
        var item = new PlanItem(Guid.NewGuid(), details, ThresholdPence, actor.Now);
        db.PlanItems.Add(item);
        audit.Add(actor, null, new PlanItemAddedEvent(item.Id, item.PublicTitle, item.IsKeyDecision, item.IsExempt));
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>
    /// Starts a draft decision record from an item: its title, category and lead officer carried over, and the item
    /// marked as drafted in the same save. Null when there is no such item.
    /// </summary>
    public async Task<ChangeResult?> StartDraftAsync(ActingContext actor, Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } planned)
        {
            return null;
        }

        var details = new RecordDetails(planned.Title, UkTime.DateOf(actor.Now), null, [planned.LeadOfficer], planned.Category);
        return await drafting.CreateAsync(actor, details, cancellationToken, async change =>
        {
            // Loaded inside the save: allocating the reference starts the unit of work afresh.
            var item = await db.PlanItems.SingleAsync(p => p.Id == id, cancellationToken);
            try
            {
                item.StartRecord(change.Record.Id, change.Record.Reference, actor.Now);
            }
            catch (DomainException refused)
            {
                change.Refuse(refused.Message);
            }

            audit.Add(actor, null, new PlanItemChangedEvent(item.Id, item.PublicTitle, item.Changes[^1].Summary));
        });
    }

    public Task<(ChangeOutcome Outcome, PlanItem? Item, string? Message)> UpdateAsync(ActingContext actor, Guid id, int version, PlanItemDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, item => string.Join("; ", item.Update(details, ThresholdPence, actor.Now)), cancellationToken);

    public Task<(ChangeOutcome Outcome, PlanItem? Item, string? Message)> DeferAsync(ActingContext actor, Guid id, int version, int year, int month, int? day, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, item =>
        {
            item.Defer(year, month, day, reason, actor.Now);
            return item.Changes[^1].Summary;
        }, cancellationToken);

    public Task<(ChangeOutcome Outcome, PlanItem? Item, string? Message)> WithdrawAsync(ActingContext actor, Guid id, int version, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, item =>
        {
            item.Withdraw(reason, actor.Now);
            return item.Changes[^1].Summary;
        }, cancellationToken);

    private async Task<(ChangeOutcome Outcome, PlanItem? Item, string? Message)> ChangeAsync(ActingContext actor, Guid id, int version, Func<PlanItem, string> act, CancellationToken cancellationToken)
    {
        if (await db.PlanItems.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } item)
        {
            return (ChangeOutcome.NotFound, null, null);
        }

        if (item.Version != version)
        {
            return (ChangeOutcome.Conflict, item, "Someone else changed this item after you opened it. Check it below and try again");
        }

        string change;
        try
        {
            change = act(item);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return (ChangeOutcome.Refused, item, refused.Message);
        }

        if (change.Length > 0)
        {
            audit.Add(actor, null, new PlanItemChangedEvent(item.Id, item.PublicTitle, change));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return (ChangeOutcome.Conflict, await FindAsync(id, cancellationToken), "Someone else changed this item after you opened it. Check it below and try again");
            }
        }

        return (ChangeOutcome.Done, item, null);
    }
}
