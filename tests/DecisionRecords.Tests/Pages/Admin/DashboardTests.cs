using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Admin;

public class DashboardTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Get_SubmittedRecord_IsInTheAdvisersQueueAndOverdueLater()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Awaiting advice");
        await author.SubmitAsync(App, id);
        var reference = (await App.LoadAsync(id)).Reference;

        var cfo = await (await AsAsync(Roles.ChiefFinanceOfficer)).GetDocumentAsync("/admin");
        var mo = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync("/admin");

        Assert.Contains(reference, cfo.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, mo.QuerySelector("main")!.TextContent.Split("Records by state")[0], StringComparison.Ordinal);

        App.Time.Advance(TimeSpan.FromDays(10));
        var later = await (await AsAsync(Roles.ChiefFinanceOfficer)).GetDocumentAsync("/admin");
        Assert.Contains("Overdue", later.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Author_SeesTheCreateButtonTheirDraftsAndWhatWasReturnedWithTheReason()
    {
        var author = await AsAsync(Roles.Author);
        await author.CreateRecordAsync("Still a draft");
        var returned = await author.CreateCompleteRecordAsync(App, "Sent back");
        await author.SubmitAsync(App, returned);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).PostFormAsync($"/admin/decisions/{returned}/return", new()
        {
            ["Input.Comment"] = "Name the partnership in the title.",
            ["Input.Version"] = (await App.LoadAsync(returned)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var page = await author.GetDocumentAsync("/admin");

        var main = page.QuerySelector("main")!;
        Assert.Equal("Create a decision record", main.QuerySelector("a.govuk-button")!.TextContent.Trim());
        Assert.Contains("Name the partnership in the title.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Still a draft", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing is waiting for you", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Signed in as", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TimelineAndAuditLog_ShowTheEventsAndAnIntactChain()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Timeline record");

        var timeline = await author.GetDocumentAsync($"/admin/decisions/{id}/timeline");
        var rows = timeline.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("record.created", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("funding-table.added", StringComparison.Ordinal));

        var log = await (await AsAsync(Roles.Administrator)).GetDocumentAsync("/admin/audit?type=record.created");
        Assert.Contains("Chain: intact", log.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.All(log.QuerySelectorAll("tbody tr"), r => Assert.Contains("record.created", r.TextContent, StringComparison.Ordinal));
    }
}
