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
public sealed class ForwardPlan(DecisionRecordsDbContext db, AuditLog audit, DraftingService drafting, IOptions<ForwardPlanOptions> options)
{
    private long ThresholdPence => options.Value.KeyDecisionThresholdPounds * 100;

    public long KeyDecisionThresholdPence => ThresholdPence;

    /// <summary>Items still to be decided, soonest first; withdrawn ones after them.</summary>
    public async Task<IReadOnlyList<PlanItem>> ItemsAsync(CancellationToken cancellationToken) =>
        [.. (await db.PlanItems.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(p => p.Status == PlanItemStatus.Withdrawn).ThenBy(p => p.ExpectedOn).ThenBy(p => p.FirstPublishedAt)];

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
