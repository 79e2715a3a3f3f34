using System.Globalization;
using System.Text;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Reports;

/// <summary>For the Police and Crime Panel's agenda: every decision made in a period, published or withheld, with the reasons.</summary>
public class PanelModel(PanelReports reports, TimeProvider time, PrintView print, Links links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public PanelReport? Report { get; private set; }

    public IReadOnlyList<PanelReport.Row> Rows => Report?.Rows ?? [];

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

        var report = Report = await reports.ForAsync(from!.Value, to!.Value, cancellationToken);
        return format switch
        {
            "csv" => Csv(),
            "pdf" => await PdfAsync(report, cancellationToken),
            _ => Page(),
        };
    }

    private async Task<IActionResult> PdfAsync(PanelReport report, CancellationToken cancellationToken)
    {
        try
        {
            Response.Headers.CacheControl = "private, no-store";
            return File(await print.PanelReportPdfAsync(report, cancellationToken), "application/pdf", "panel-report.pdf");
        }
        catch (PdfRenderException)
        {
            // The page, with the same rows and a CSV link, is still there; say why the PDF is not.
            TempData.SetImportantFlash("The PDF could not be made just now. Try again in a minute, or download the CSV.");
            return Redirect(DownloadUrl("html"));
        }
    }

    private FileContentResult Csv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = OpenData.Csv(text))
        {
            csv.WriteRecord(["reference", "title", "decision_date", "decision", "status", "value_gbp", "not_published_because",
                "key_decision", "on_forward_plan_from", "clear_days_notice", "notice_exception", "notice_exception_reason"]);
            foreach (var row in Rows)
            {
                csv.WriteRecord([row.Reference, row.Title, row.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    RecordWording.Outcome(row.Outcome), row.Status.DisplayName(), row.ValuePence is { } p ? OpenData.Pounds(p) : "", row.WithheldReasons ?? "",
                    row.Notice is null ? "" : row.Notice.IsKey ? "yes" : "no", row.Notice?.OnPlanFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    row.Notice?.ClearDays?.ToString(CultureInfo.InvariantCulture) ?? "", row.Notice?.Exception?.DisplayName() ?? "", row.Notice?.Reason ?? ""]);
            }
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "panel-report.csv");
    }

    public string DownloadUrl(string format) => links.Panel(new RouteValueDictionary
    {
        ["format"] = format,
        ["From.Day"] = From.Day,
        ["From.Month"] = From.Month,
        ["From.Year"] = From.Year,
        ["To.Day"] = To.Day,
        ["To.Month"] = To.Month,
        ["To.Year"] = To.Year,
    });
}
