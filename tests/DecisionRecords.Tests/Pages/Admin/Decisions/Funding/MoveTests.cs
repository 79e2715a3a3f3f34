using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Admin.Decisions.Funding;

public class MoveTests(TestApp app) : PageTest(app)
{
    private async Task<(HttpClient Author, Guid Id)> RecordWithTwoTablesAsync()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App);
        var second = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", new()
        {
            ["Input.Caption"] = "Appendix A",
            ["Input.Role"] = "Context",
            ["Input.Placement"] = "Appendix",
            ["Input.Columns[0]"] = "Description",
            ["Input.Years[0]"] = "2023/24",
            ["Input.AmountHeadings[0]"] = "",
            ["Input.AmountColumnsAt"] = "1",
            ["Input.Lines[0].Texts[0]"] = "Last year's grant",
            ["Input.Lines[0].Amounts[0]"] = "£100,000.00",
            ["Input.Version"] = Version(await App.LoadAsync(id)),
            ["Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        return (author, id);
    }

    private static string Version(DecisionRecord record) => record.Version.ToString(CultureInfo.InvariantCulture);

    private static List<string> Order(DecisionRecord record) => record.FundingTables.OrderBy(t => t.Position).Select(t => t.Caption).ToList();

    private Task<HttpResponseMessage> MoveAsync(HttpClient author, Guid id, Guid tableId, int offset, string version) =>
        author.PostFormAsync($"/admin/decisions/{id}/funding/{tableId}/move",
            new() { ["offset"] = offset.ToString(CultureInfo.InvariantCulture), ["version"] = version }, formPage: $"/admin/decisions/{id}");

    [Fact]
    public async Task Post_MoveDown_SwapsTheTablesKeepsThemWholeAndAuditsIt()
    {
        var (author, id) = await RecordWithTwoTablesAsync();
        var record = await App.LoadAsync(id);
        Assert.Equal(["Budget", "Appendix A"], Order(record));
        var budget = record.FundingTables.Single(t => t.Caption == "Budget");

        var response = await MoveAsync(author, id, budget.Id, 1, Version(record));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/decisions/{id}#funding", response.Location());
        var moved = await App.LoadAsync(id);
        Assert.Equal(["Appendix A", "Budget"], Order(moved));
        Assert.Equal(2, moved.FundingTables.Single(t => t.Caption == "Budget").Lines.Count);
        var audit = (await AuditEventsAsync(id)).Last();
        Assert.Equal(AuditEventTypes.FundingTableMoved, audit.EventType);
        Assert.Equal("Moved funding table \"Budget\" down", audit.Describe());

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}");
        Assert.Contains("Table order saved", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromAPageReadBeforeSomeoneElseSaved_ChangesNothingAndSaysWhy()
    {
        var (author, id) = await RecordWithTwoTablesAsync();
        var record = await App.LoadAsync(id);
        var stale = Version(record);
        await author.PostFormAsync($"/admin/decisions/{id}/sections/key-discussion-points", new() { ["Input.Text"] = "Changed meanwhile", ["Input.Version"] = stale });

        var response = await MoveAsync(author, id, record.FundingTables.Single(t => t.Caption == "Budget").Id, 1, stale);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Budget", "Appendix A"], Order(await App.LoadAsync(id)));
        var page = await author.GetDocumentAsync(response.Location());
        Assert.Contains("The order was not changed", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FirstTableUp_IsRefusedWithTheReason()
    {
        var (author, id) = await RecordWithTwoTablesAsync();
        var record = await App.LoadAsync(id);

        var response = await MoveAsync(author, id, record.FundingTables.Single(t => t.Caption == "Budget").Id, -1, Version(record));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot move further", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Budget", "Appendix A"], Order(await App.LoadAsync(id)));
    }

    [Fact]
    public async Task Get_GoesBackToTheRecordsTables()
    {
        var (author, id) = await RecordWithTwoTablesAsync();
        var tableId = (await App.LoadAsync(id)).FundingTables[0].Id;

        var response = await author.GetAsync($"/admin/decisions/{id}/funding/{tableId}/move");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/decisions/{id}#funding", response.Location());
    }
}
