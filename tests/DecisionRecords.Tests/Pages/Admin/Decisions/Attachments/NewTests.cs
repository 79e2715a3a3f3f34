using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Pages.Admin.Decisions.Attachments;

public class NewTests(TestApp app) : PageTest(app)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string title, string fileName, byte[] content, string isPublic) =>
        client.AttachAsync(id, title, fileName, content, isPublic);

    [Fact]
    public async Task Post_Pdf_IsStoredAndDownloadableAsAnAttachment()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();

        var response = await UploadAsync(author, id, "Background report", "report<script>.pdf", Pdf, "no");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attachment = Assert.Single((await App.LoadAsync(id)).Attachments);
        Assert.Equal("Background report", attachment.Title);
        Assert.Equal("reportscript.pdf", attachment.FileName);
        Assert.Equal(FileTypes.Pdf, attachment.ContentType);
        Assert.False(attachment.IsPublic);
        Assert.Equal(AuditEventTypes.AttachmentAdded, (await AuditEventsAsync(id)).Last().EventType);

        var download = await author.GetAsync($"/admin/decisions/{id}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_TextFileNamedPdf_IsRefusedByContent()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();

        var response = await UploadAsync(author, id, "Not really a PDF", "report.pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), "yes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("The selected file must be a PDF, Word or Excel document", document.InlineError("Input_File"));
        Assert.Equal("Not really a PDF", document.ValueOf("Input_Title"));
        Assert.Empty((await App.LoadAsync(id)).Attachments);
    }

    [Fact]
    public async Task Post_NoTitleNoFileNoChoice_ShowsEachMessage()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();

        var response = await author.PostFormAsync($"/admin/decisions/{id}/attachments/new", new() { ["Input.Title"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a title for the document", "Select a file", "Select whether the document can be published"], (await response.ReadDocumentAsync()).ErrorSummary());
    }

    [Fact]
    public void Detect_RecognisesDocumentsByContent()
    {
        Assert.Equal(FileTypes.Pdf, FileTypes.Detect(Pdf));
        Assert.Equal(FileTypes.LegacyOffice, FileTypes.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]));
        Assert.Null(FileTypes.Detect("PK\u0003\u0004 not a zip"u8.ToArray()));
        Assert.Null(FileTypes.Detect([]));

        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }

        Assert.Equal(FileTypes.Docx, FileTypes.Detect(stream.ToArray()));
    }
}
