using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class DeterminationPreviewTests(TestApp app) : PageTest(app)
{
    private async Task<(Guid Id, HttpClient MonitoringOfficer, Dictionary<string, string> Form)> AtDeterminationAsync(string title)
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, title);
        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        var mo = await AsAsync(Roles.MonitoringOfficer);
        var form = (await mo.GetDocumentAsync($"/admin/decisions/{id}/sign-off")).FormFields();
        return (id, mo, form);
    }

    [Fact]
    public async Task Get_DeterminationPage_SaysWhatIsBeingDeterminedAndWhoAdvised()
    {
        var (id, mo, _) = await AtDeterminationAsync("Preview summary record");

        var page = await mo.GetDocumentAsync($"/admin/decisions/{id}/sign-off");

        Assert.StartsWith("Monitoring Officer:", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        var summary = page.QuerySelector("main .govuk-summary-list")!.TextContent;
        Assert.Contains("Preview summary record", summary, StringComparison.Ordinal);
        Assert.Contains("Signed by", summary, StringComparison.Ordinal);
        Assert.Equal("_blank", page.QuerySelector($"main a[href='/admin/decisions/{id}/preview']")!.GetAttribute("target"));
    }

    [Fact]
    public async Task Post_RecordToBePublished_ShowsThePublicPageUnderTheAnswersAndSavesNothing()
    {
        var (id, mo, form) = await AtDeterminationAsync("Previewed in public layout");
        foreach (var (key, value) in DraftingHelpers.PublishAll)
        {
            form[key] = value;
        }

        var response = await mo.PostFormAsync($"/admin/decisions/{id}/sign-off/preview", form, $"/admin/decisions/{id}/sign-off");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("Previewed in public layout", main, StringComparison.Ordinal);
        Assert.Contains("preview", main, StringComparison.OrdinalIgnoreCase);
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
        Assert.Empty(await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).ToListAsync()));
    }

    [Fact]
    public async Task Post_RecordNotToBePublished_ShowsOnlyTheStubWithTheReasons()
    {
        var (id, mo, form) = await AtDeterminationAsync("Secret preview title");
        form["Input.PublishRecord"] = "no";
        form["Input.Reasons"] = "Prejudice to law enforcement";
        form["Input.Legislation"] = "FOIA-s31";

        var response = await mo.PostFormAsync($"/admin/decisions/{id}/sign-off/preview", form, $"/admin/decisions/{id}/sign-off");

        var main = (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("Prejudice to law enforcement", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret preview title", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Unanswered_SaysToAnswerFirst()
    {
        var (id, mo, form) = await AtDeterminationAsync("Unanswered preview");

        var response = await mo.PostFormAsync($"/admin/decisions/{id}/sign-off/preview", form, $"/admin/decisions/{id}/sign-off");

        Assert.Contains("Answer the questions of the determination first", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutAnswers_GoesBackToTheForm_AndOtherSignersMayNotPreview()
    {
        var (id, mo, form) = await AtDeterminationAsync("Preview by the wrong signer");

        var get = await mo.GetAsync($"/admin/decisions/{id}/sign-off/preview");
        var commissioner = await (await AsAsync(Roles.Commissioner)).PostFormAsync($"/admin/decisions/{id}/sign-off/preview", form, $"/admin/decisions/{id}");

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal($"/admin/decisions/{id}/sign-off", get.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, commissioner.StatusCode);
        Assert.Equal("/account/access-denied", commissioner.Headers.Location!.AbsolutePath);
    }

    [ChromiumFact]
    public async Task PostPdf_RecordToBePublished_IsThePdfOfTheRecord()
    {
        var (id, mo, form) = await AtDeterminationAsync("Previewed as a PDF");
        foreach (var (key, value) in DraftingHelpers.PublishAll)
        {
            form[key] = value;
        }

        var response = await mo.PostFormAsync($"/admin/decisions/{id}/sign-off/preview?handler=Pdf", form, $"/admin/decisions/{id}/sign-off");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Previewed as a PDF", string.Concat(pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }
}
