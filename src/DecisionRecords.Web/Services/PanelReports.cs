using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>
/// The Police and Crime Panel's report for a period: every decision made in it, the key decisions taken without 28
/// clear days' notice with their reasons, and the forward plan for the next period of the same length.
/// </summary>
public sealed class PanelReports(DecisionRecordsDbContext db, KeyDecisionNotices notices)
{
    public async Task<PanelReport> ForAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var records = await db.DecisionRecords.AsNoTracking()
            .Where(r => r.DecisionDate >= from && r.DecisionDate <= to
                && (r.Status == DecisionStatus.Decided || r.Status == DecisionStatus.Published || r.Status == DecisionStatus.Withheld))
            .Include(r => r.FundingTables).ThenInclude(t => t.Lines).ThenInclude(l => l.Amounts)
            .Include(r => r.Signatures)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var known = await notices.ForAsync(records, cancellationToken);
        var rows = records
            .OrderBy(r => r.DecisionDate).ThenBy(r => r.Reference)
            .Select(r => new PanelReport.Row(r.Id, r.Reference, r.Title, r.DecisionDate, r.Outcome, r.Status,
                r.Determination is { PublishesEverything: false } d ? $"{d.Reasons} ({string.Join("; ", d.Legislation.Select(Legislation.NameOf))})" : null,
                DecisionValue.Of(r)?.ValuePence, PublishedNotice.From(r, known[r.Id])))
            .ToList();
        var withoutNotice = rows.Where(r => r.Notice is { IsKey: true, HadFullNotice: false })
            .Select(r => new PanelReport.NoticeRow(r.Id, r.Reference, r.Title, r.DecisionDate, r.Notice!))
            .ToList();

        var (planFrom, planTo) = (to.AddDays(1), to.AddDays(1 + to.DayNumber - from.DayNumber));
        var decided = await db.DecisionRecords.Where(r => r.Status != DecisionStatus.Draft && r.DecisionDate != null).Select(r => r.Id).ToListAsync(cancellationToken);
        var plan = (await db.PlanItems.AsNoTracking()
                .Where(p => p.Status != PlanItemStatus.Withdrawn && (p.DecisionRecordId == null || !decided.Contains(p.DecisionRecordId.Value)))
                .ToListAsync(cancellationToken))
            .Where(p => p.ExpectedDayKnown ? p.ExpectedOn >= planFrom && p.ExpectedOn <= planTo : p.ExpectedOn.AddMonths(1) > planFrom && p.ExpectedOn <= planTo)
            .OrderBy(p => p.ExpectedOn).ThenBy(p => p.FirstPublishedAt)
            .Select(p => new PanelReport.PlanRow(p.PublicTitle, p.DecisionMaker.DisplayName(), p.Expected, p.IsKeyDecision,
                p.Status == PlanItemStatus.Deferred ? "Deferred" : "Planned", p.LeadOfficer, p.IsExempt))
            .ToList();
        return new PanelReport(from, to, rows, withoutNotice, planFrom, planTo, plan);
    }
}
