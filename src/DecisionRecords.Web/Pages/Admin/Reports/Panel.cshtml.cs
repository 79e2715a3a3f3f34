using System.Globalization;
using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Reports;

/// <summary>For the Police and Crime Panel's agenda: every decision made in a period, published or withheld, with the reasons.</summary>
public class PanelModel(DecisionRecordsDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, DecisionOutcome? Outcome, DecisionStatus Status, string? WithheldReasons, long TotalPence);

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        if (From.IsEmpty && To.IsEmpty)
        {
            (From, To) = (DateInput.From(today.AddMonths(-3)), DateInput.From(today));
        }

        var from = From.ToDate();
        var to = To.ToDate();
        if (from is null)
        {
            ModelState.AddModelError(nameof(From), "Enter the start of the period as a real date, like 1 4 2024");
        }

        if (to is null)
        {
            ModelState.AddModelError(nameof(To), "Enter the end of the period as a real date, like 31 3 2025");
        }
        else if (from is not null && to < from)
        {
            ModelState.AddModelError(nameof(To), "The end of the period must be on or after its start");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var records = await db.DecisionRecords.AsNoTracking()
            .Where(r => r.DecisionDate >= from && r.DecisionDate <= to
                && (r.Status == DecisionStatus.Decided || r.Status == DecisionStatus.Published || r.Status == DecisionStatus.Withheld))
            .Include(r => r.FundingTables).ThenInclude(t => t.Lines).ThenInclude(l => l.Amounts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Rows = records
            .OrderBy(r => r.DecisionDate).ThenBy(r => r.Reference)
            .Select(r => new Row(r.Id, r.Reference, r.Title, r.DecisionDate, r.Outcome, r.Status,
                r.Determination is { PublishesEverything: false } d ? $"{d.Reasons} ({string.Join("; ", d.Legislation.Select(Legislation.NameOf))})" : null,
                r.TotalCommitmentPence))
            .ToList();
        return format == "csv" ? Csv() : Page();
    }

    private FileContentResult Csv()
    {
        static string Cell(string? value) => value is null ? "" : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var text = new StringBuilder("reference,title,decision_date,decision,status,total_commitment_gbp,not_published_because\n");
        foreach (var row in Rows)
        {
            text.Append(string.Join(',', Cell(row.Reference), Cell(row.Title), row.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Cell(row.Outcome?.ToString()), Cell(row.Status.DisplayName()), (row.TotalPence / 100m).ToString("0.00", CultureInfo.InvariantCulture), Cell(row.WithheldReasons))).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "panel-report.csv");
    }

    public string CsvUrl => $"/admin/reports/panel?format=csv&From.Day={From.Day}&From.Month={From.Month}&From.Year={From.Year}&To.Day={To.Day}&To.Month={To.Month}&To.Year={To.Year}";
}
