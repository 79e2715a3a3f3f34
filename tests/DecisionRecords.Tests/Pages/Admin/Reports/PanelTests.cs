using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Admin.Reports;

public class PanelTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Get_Period_ListsPublishedAndWithheldDecisionsWithReasons()
    {
        await App.ImportSeedsAsync();
        var author = await AsAsync(Roles.Author);
        var withheld = await author.CreateCompleteRecordAsync(App, "Withheld for the panel");
        await author.SubmitAsync(App, withheld);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(withheld);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(withheld, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishRecord"] = "no",
            ["Input.Reasons"] = "Operational policing",
            ["Input.Legislation"] = "FOIA-s31",
        });
        await (await AsAsync(Roles.Commissioner)).SignAsync(withheld);
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

    [Fact]
    public async Task Get_EndBeforeStart_SaysSoNextToTheField()
    {
        var response = await (await AsAsync(Roles.Author)).GetAsync("/admin/reports/panel?From.Day=1&From.Month=4&From.Year=2025&To.Day=1&To.Month=1&To.Year=2025");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The end of the period must be on or after its start", (await response.ReadDocumentAsync()).InlineError("To"));
    }
}
