using System.Net;
using System.Net.Http.Headers;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Import;

public class IndexTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Post_CheckThenConfirm_ImportsOnlyAfterConfirmation()
    {
        var admin = await AsAsync(Roles.Administrator);
        var page = await admin.GetDocumentAsync("/admin/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var name in new[] { "EXE0021-24.txt", "board-report-2024-03-22.txt" })
        {
            var file = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name)));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "Files", name);
        }

        var checkedResponse = await admin.PostAsync("/admin/import?handler=Check", form);

        Assert.Equal(HttpStatusCode.OK, checkedResponse.StatusCode);
        var report = await checkedResponse.ReadDocumentAsync();
        var text = report.QuerySelector("main")!.TextContent;
        Assert.Contains("Ready", text, StringComparison.Ordinal);
        Assert.Contains("“£148,000,00”; it is read as £148,000.00", text, StringComparison.Ordinal);
        Assert.Contains("not a decision record", text, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.DecisionRecords.AnyAsync(r => r.Slug == "EXE0021-24")));

        var confirm = await admin.PostFormAsync("/admin/import?handler=Confirm", report.FormFields("main form[method=post]"), formPage: "/admin/import");

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var record = await QueryAsync(db => db.DecisionRecords.SingleAsync(r => r.Slug == "EXE0021-24"));
        Assert.Equal(DecisionStatus.Published, record.Status);
    }

    [Fact]
    public async Task Get_NotAnAdministrator_IsDenied()
    {
        var response = await (await AsAsync(Roles.Author)).GetAsync("/admin/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }
}
