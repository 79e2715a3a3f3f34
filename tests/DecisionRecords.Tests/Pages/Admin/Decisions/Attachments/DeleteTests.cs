using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Admin.Decisions.Attachments;

public class DeleteTests(TestApp app) : PageTest(app)
{
    private async Task<(HttpClient Author, Guid Id, Guid AttachmentId)> RecordWithADocumentAsync()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App);
        Assert.Equal(HttpStatusCode.Redirect, (await author.AttachAsync(id, "Background report", "report.pdf", DraftingHelpers.Pdf, "yes")).StatusCode);
        return (author, id, Assert.Single((await App.LoadAsync(id)).Attachments).Id);
    }

    private static string Version(DecisionRecord record) => record.Version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Post_Confirmed_RemovesTheDocumentAndAuditsIt()
    {
        var (author, id, attachmentId) = await RecordWithADocumentAsync();
        var page = await author.GetDocumentAsync($"/admin/decisions/{id}/attachments/{attachmentId}/delete");
        Assert.Contains("Background report", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var response = await author.PostFormAsync($"/admin/decisions/{id}/attachments/{attachmentId}/delete", new() { ["version"] = Version(await App.LoadAsync(id)) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/decisions/{id}#attachments", response.Location());
        Assert.Empty((await App.LoadAsync(id)).Attachments);
        var removed = (await AuditEventsAsync(id)).Last();
        Assert.Equal(AuditEventTypes.AttachmentRemoved, removed.EventType);
        Assert.Contains("Background report", removed.Describe(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/decisions/{id}/attachments/{attachmentId}")).StatusCode);
    }

    [Fact]
    public async Task Post_FromAPageReadBeforeSomeoneElseSaved_KeepsTheDocumentAndSaysWhy()
    {
        var (author, id, attachmentId) = await RecordWithADocumentAsync();
        var stale = Version(await App.LoadAsync(id));
        await author.PostFormAsync($"/admin/decisions/{id}/sections/key-discussion-points", new() { ["Input.Text"] = "Changed meanwhile", ["Input.Version"] = stale });

        var response = await author.PostFormAsync($"/admin/decisions/{id}/attachments/{attachmentId}/delete", new() { ["version"] = stale });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single((await App.LoadAsync(id)).Attachments);
        var record = await author.GetDocumentAsync(response.Location());
        Assert.Contains("The document was not removed", record.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OnceSubmitted_IsRefusedWithTheReason()
    {
        var (author, id, attachmentId) = await RecordWithADocumentAsync();
        await author.SubmitAsync(App, id);

        var response = await author.GetAsync($"/admin/decisions/{id}/attachments/{attachmentId}/delete");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot be edited", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await App.LoadAsync(id)).Attachments);
    }

    [Fact]
    public async Task Delete_ByASigner_IsForbidden()
    {
        var (_, id, attachmentId) = await RecordWithADocumentAsync();
        var signer = await AsAsync(Roles.ChiefFinanceOfficer);

        var response = await signer.GetAsync($"/admin/decisions/{id}/attachments/{attachmentId}/delete");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await App.LoadAsync(id)).Attachments);
    }
}
