using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class SectionTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Post_Markdown_IsSavedAndRenderedSafelyInThePreview()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var text = "The PCC believes that **communities** play a vital role.\n\n- Pride of place\n- Health and Wellbeing\n\n<script>alert('x')</script>";

        var response = await author.PostFormAsync($"/admin/decisions/{id}/sections/summary-of-issue", new()
        {
            ["Input.Text"] = text,
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(text, (await App.LoadAsync(id)).SummaryOfIssue);
        Assert.Equal(AuditEventTypes.RecordSectionUpdated, (await AuditEventsAsync(id)).Last().EventType);
        var preview = await author.GetDocumentAsync($"/admin/decisions/{id}/preview");
        var article = preview.QuerySelector("article")!;
        Assert.Equal("communities", article.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, article.QuerySelectorAll(".app-rich-text ul.govuk-list--bullet li").Length);
        Assert.Empty(preview.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert('x')</script>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("DRAFT - NOT FOR PUBLICATION", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StaleVersion_ShowsBothVersionsAndSavesNothing()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var version = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        await author.PostFormAsync($"/admin/decisions/{id}/sections/recommendations", new() { ["Input.Text"] = "Theirs", ["Input.Version"] = version });

        var response = await author.PostFormAsync($"/admin/decisions/{id}/sections/recommendations", new() { ["Input.Text"] = "Mine", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Mine", document.ValueOf("Input_Text"));
        Assert.Contains("Theirs", document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Theirs", (await App.LoadAsync(id)).Recommendations);
    }

    [Fact]
    public async Task Get_UnknownSection_ReturnsNotFound()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/decisions/{id}/sections/title")).StatusCode);
    }
}
