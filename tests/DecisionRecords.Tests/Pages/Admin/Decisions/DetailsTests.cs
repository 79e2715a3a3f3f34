using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class DetailsTests(TestApp app) : PageTest(app)
{
    private static Dictionary<string, string> Form(string title, int version, string officers = "Kira Hughes") => new()
    {
        ["Input.Title"] = title,
        ["Input.RecordDate.Day"] = "9",
        ["Input.RecordDate.Month"] = "7",
        ["Input.RecordDate.Year"] = "2024",
        ["Input.ReceivedDate.Day"] = "",
        ["Input.ReceivedDate.Month"] = "",
        ["Input.ReceivedDate.Year"] = "",
        ["Input.OfficersPresent"] = officers,
        ["Input.Category"] = "Community safety",
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Post_ValidChange_SavesAndAuditsWhatChanged()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Community Safety Partnership underspend");
        var version = (await App.LoadAsync(id)).Version;

        var response = await author.PostFormAsync($"/admin/decisions/{id}/details", Form("Community Safety Partnership 2023-24 Underspend", version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await App.LoadAsync(id);
        Assert.Equal("Community Safety Partnership 2023-24 Underspend", record.Title);
        Assert.Equal(new DateOnly(2024, 7, 9), record.RecordDate);
        Assert.Null(record.ReceivedDate);
        Assert.Equal("Community safety", record.Category);
        Assert.Equal(version + 1, record.Version);
        var audit = (await AuditEventsAsync(id)).Last();
        Assert.Equal(AuditEventTypes.RecordDetailsUpdated, audit.EventType);
        Assert.Contains("Title: \"Community Safety Partnership underspend\" to \"Community Safety Partnership 2023-24 Underspend\"", audit.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StatedValue_IsTheHeadlineAsStatedBesideTheItemisedFunding()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Underspend shared out");
        var form = Form("Underspend shared out", (await App.LoadAsync(id)).Version);
        form["Input.StatedValue"] = "£140,705.06";

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/details", form)).StatusCode);

        Assert.Equal(new StatedFigure("£140,705.06", 140_705_06, null), (await App.LoadAsync(id)).StatedValue);
        var preview = await author.GetDocumentAsync($"/admin/decisions/{id}/preview");
        var value = preview.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Value of the decision").TextContent;
        Assert.Contains("£140,705.06", value, StringComparison.Ordinal);
        Assert.Contains("as the record states it", value, StringComparison.Ordinal);
        Assert.Contains("Itemised funding: £148,000.00", value, StringComparison.Ordinal);

        form["Input.StatedValue"] = "£140,705,06";
        form["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        var refused = await author.PostFormAsync($"/admin/decisions/{id}/details", form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Enter the value the record states in pounds, like £140,705.06, or leave it blank", page.InlineError("Input_StatedValue"));
        Assert.Equal("£140,705,06", page.ValueOf("Input_StatedValue"));
    }

    [Fact]
    public async Task Post_SecondOfficerSavesAStaleCopy_GetsConflictAndNeitherEditIsLost()
    {
        var first = await AsAsync(Roles.Author);
        var second = await AsAsync(Roles.Author);
        var id = await first.CreateRecordAsync("Original title");
        var version = (await App.LoadAsync(id)).Version;

        var firstSave = await first.PostFormAsync($"/admin/decisions/{id}/details", Form("First officer's title", version, "Sajan Devshi"));
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var conflict = await second.PostFormAsync($"/admin/decisions/{id}/details", Form("Second officer's title", version));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var document = await conflict.ReadDocumentAsync();
        Assert.Contains("saved changes to this record", document.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var differences = document.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(differences, d => d.Contains("Second officer's title", StringComparison.Ordinal) && d.Contains("First officer's title", StringComparison.Ordinal));
        Assert.Equal("Second officer's title", document.ValueOf("Input_Title"));
        Assert.Equal("First officer's title", (await App.LoadAsync(id)).Title);

        // Saving again, having seen the other edit, replaces it deliberately.
        var newVersion = document.ValueOf("Input_Version")!;
        var resave = await second.PostFormAsync($"/admin/decisions/{id}/details", Form("Second officer's title", int.Parse(newVersion, CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, resave.StatusCode);
        Assert.Equal("Second officer's title", (await App.LoadAsync(id)).Title);
        Assert.Equal(2, (await AuditEventsAsync(id)).Count(e => e.EventType == AuditEventTypes.RecordDetailsUpdated));
    }

    [Fact]
    public async Task Post_TitleTooLong_Returns400AndKeepsInput()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var title = new string('x', DecisionRecord.TitleMaxLength + 1);

        var response = await author.PostFormAsync($"/admin/decisions/{id}/details", Form(title, (await App.LoadAsync(id)).Version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal($"Title must be {DecisionRecord.TitleMaxLength} characters or fewer", document.InlineError("Input_Title"));
        Assert.Equal(title, document.ValueOf("Input_Title"));
    }

    [Fact]
    public async Task GetAndPost_RecordNoLongerADraft_AreRefused()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        await App.WithDbAsync(db => db.DecisionRecords.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, DecisionStatus.AwaitingAdvice)));
        var version = (await App.LoadAsync(id)).Version;

        var get = await author.GetAsync($"/admin/decisions/{id}/details");
        var post = await author.PostFormAsync($"/admin/decisions/{id}/details", Form("Changed after submission", version), formPage: $"/admin/decisions/{id}");

        Assert.Equal(HttpStatusCode.Conflict, get.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("cannot be edited", (await post.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Changed after submission", (await App.LoadAsync(id)).Title);
    }

    [Fact]
    public async Task Get_UnknownRecord_ReturnsNotFound()
    {
        var author = await AsAsync(Roles.Author);

        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/decisions/{Guid.NewGuid()}/details")).StatusCode);
    }
}
