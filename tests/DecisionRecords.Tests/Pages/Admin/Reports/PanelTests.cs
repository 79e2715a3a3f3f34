using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DecisionRecords.Tests.Pages.Admin.Reports;

public class PanelTests(TestApp app) : PageTest(app)
{
    private async Task CreateWithheldRecordAsync(string title)
    {
        var author = await AsAsync(Roles.Author);
        var withheld = await author.CreateCompleteRecordAsync(App, title);
        await author.SubmitAsync(App, withheld);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(withheld);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(withheld, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishRecord"] = "no",
            ["Input.Reasons"] = "Operational policing",
            ["Input.Legislation"] = "FOIA-s31",
        });
        await (await AsAsync(Roles.Commissioner)).SignAsync(withheld);
    }

    [Fact]
    public async Task Get_Period_ListsPublishedAndWithheldDecisionsWithReasons()
    {
        await App.ImportSeedsAsync();
        await CreateWithheldRecordAsync("Withheld for the panel");
        var client = await AsAsync(Roles.MonitoringOfficer);

        var page = await client.GetDocumentAsync("/admin/reports/panel?From.Day=1&From.Month=1&From.Year=2024&To.Day=31&To.Month=12&To.Year=2026");
        var csv = await client.GetStringAsync("/admin/reports/panel?format=csv&From.Day=1&From.Month=1&From.Year=2024&To.Day=31&To.Month=12&To.Year=2026");

        var text = page.QuerySelector("table")!.TextContent;
        Assert.Contains("EXE0019-24", text, StringComparison.Ordinal);
        Assert.Contains("EXE0021-24", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EXE0005-21", text, StringComparison.Ordinal);
        Assert.Contains("Withheld: Operational policing", text, StringComparison.Ordinal);
        Assert.Contains("Operational policing", csv, StringComparison.Ordinal);
        Assert.StartsWith("reference,title,decision_date", csv, StringComparison.Ordinal);
    }

    private const string WholePeriod = "From.Day=1&From.Month=1&From.Year=2024&To.Day=31&To.Month=12&To.Year=2026";

    [ChromiumFact]
    public async Task Get_PdfOfThePeriod_HasEveryDecisionTheReasonsAndTheTotalOfTheCsv()
    {
        await App.ImportSeedsAsync();
        await CreateWithheldRecordAsync("Withheld for print");
        var client = await AsAsync(Roles.MonitoringOfficer);
        var csv = PanelCsv(await client.GetStringAsync($"/admin/reports/panel?format=csv&{WholePeriod}"));
        var total = Web.Domain.Money.Format((long)(csv.Where(r => r[5].Length > 0).Sum(r => decimal.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)) * 100));

        var response = await client.GetAsync($"/admin/reports/panel?format=pdf&{WholePeriod}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Equal("Police and Crime Panel report: decisions from 1 January 2024 to 31 December 2026", pdf.Information.Title);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("StructTreeRoot")), "the PDF is not tagged");
        foreach (var expected in new[]
        {
            "POLICE AND CRIME COMMISSIONER FOR LEICESTERSHIRE", "EXE0019-24", "EXE0021-24", "£140,705.06", "£148,000.00",
            "Withheld for print", "Withheld: Operational policing", $"Value of these decisions {total}",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("EXE0005-21", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PdfWhenChromiumCannotStart_ShowsThePageWithAMessage()
    {
        await using var broken = new TestApp { Settings = { ["Pdf:ExecutablePath"] = "/nonexistent/chromium", ["Pdf:Attempts"] = "1" } };
        await broken.ImportSeedsAsync();
        var client = await broken.SignedInClientAsync(Roles.MonitoringOfficer);

        var response = await client.GetAsync($"/admin/reports/panel?format=pdf&{WholePeriod}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The PDF could not be made just now", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table"));
    }

    [Fact]
    public async Task Get_PeriodWithNoDecisions_SaysSoAndOffersNoDownloads()
    {
        await App.ImportSeedsAsync();

        var page = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync("/admin/reports/panel?From.Day=1&From.Month=1&From.Year=2010&To.Day=31&To.Month=12&To.Year=2010");

        Assert.Null(page.QuerySelector("main table"));
        Assert.Empty(page.QuerySelectorAll("main a[href*='format=']"));
        Assert.Contains("No decisions", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EndBeforeStart_SaysSoNextToTheField()
    {
        var response = await (await AsAsync(Roles.Author)).GetAsync("/admin/reports/panel?From.Day=1&From.Month=4&From.Year=2025&To.Day=1&To.Month=1&To.Year=2025");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The end of the period must be on or after its start", (await response.ReadDocumentAsync()).InlineError("To"));
    }

    private static List<string[]> PanelCsv(string text) => Tests.Pages.Decisions.RegisterTests.ParseCsvDocument(text).Skip(1).ToList();
}
