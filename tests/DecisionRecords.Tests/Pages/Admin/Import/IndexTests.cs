using System.Net;
using System.Net.Http.Headers;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Admin.Import;

public class IndexTests(TestApp app) : PageTest(app)
{
    /// <summary>Uploads the documents as the import form does; the batch's address.</summary>
    private static async Task<string> UploadAsync(HttpClient admin, IEnumerable<(string Name, byte[] Content)> files, string publish)
    {
        var page = await admin.GetDocumentAsync("/admin/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(publish), "Input.Publish" },
            { new StringContent("false"), "Input.Replace" },
        };
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Input.Files", name);
        }

        var response = await admin.PostAsync("/admin/import", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Location();
    }

    /// <summary>What the background worker does, done now: every waiting document read.</summary>
    private async Task<int> WorkAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportBatches>().RunAsync(App.Time, CancellationToken.None);
    }

    private static (string, byte[]) Seed(string name) => (name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name)));

    [Fact]
    public async Task Upload_IsCheckedInTheBackground_ThenImportedOnlyOnTheAdministratorsWord()
    {
        var admin = await AsAsync(Roles.Administrator);
        var batch = await UploadAsync(admin, [Seed("EXE0021-24.txt"), Seed("board-report-2024-03-22.txt")], publish: "now");

        // Before the worker has read anything, the page says so, and offers a way to look again.
        var waiting = (await admin.GetDocumentAsync(batch)).QuerySelector("main")!.TextContent;
        Assert.Contains("Being checked", waiting, StringComparison.Ordinal);
        Assert.Contains("0 of 2 checked", waiting, StringComparison.Ordinal);

        Assert.Equal(2, await WorkAsync());
        var report = await admin.GetDocumentAsync(batch);
        var text = report.QuerySelector("main")!.TextContent;
        Assert.Contains("Ready to import", text, StringComparison.Ordinal);
        Assert.Contains("“£148,000,00”; it is read as £148,000.00", text, StringComparison.Ordinal);
        Assert.Contains("not a decision record", text, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.DecisionRecords.AnyAsync(r => r.Slug == "EXE0021-24")));

        var import = await admin.PostFormAsync(batch, report.FormFields("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal(1, await WorkAsync());

        var record = await QueryAsync(db => db.DecisionRecords.SingleAsync(r => r.Slug == "EXE0021-24"));
        Assert.Equal(DecisionStatus.Published, record.Status);
        var done = (await admin.GetDocumentAsync(batch)).QuerySelector("main")!.TextContent;
        Assert.Contains("Finished", done, StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.ImportItems.AllAsync(i => i.Content == null)), "the uploaded documents are let go once the import is finished");

        var summary = Tests.Pages.Decisions.RegisterTests.ParseCsvDocument(await admin.GetStringAsync($"{batch}/summary.csv"));
        Assert.Equal(["EXE0021-24.txt", "imported", "EXE0021-24"], summary[1].Take(3));
        Assert.Equal(["board-report-2024-03-22.txt", "refused"], summary[2].Take(2));
        Assert.StartsWith("this is not a decision record", summary[2][3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneBadDocument_NeverStopsTheRest_AndTheSameDocumentsAgainChangeNothing()
    {
        var admin = await AsAsync(Roles.Administrator);
        var text = Seeds.Read("EXE0019-24.txt");
        (string, byte[])[] files =
        [
            ("one.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace("EXE0019-24", "IMP0001-24", StringComparison.Ordinal))),
            ("broken.pdf", "%PDF-1.7 not really"u8.ToArray()),
            ("binary.txt", [0, 1, 2, 3, 0, 0, 0]),
            ("two.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace("EXE0019-24", "IMP0002-24", StringComparison.Ordinal))),
        ];

        foreach (var round in new[] { 1, 2 })
        {
            var batch = await UploadAsync(admin, files, publish: "now");
            await WorkAsync();
            var page = await admin.GetDocumentAsync(batch);

            // The second time, nothing is ready to import: the batch is done when it has been checked.
            Assert.Equal(round == 1, page.QuerySelector("main form[method=post]") is not null);
            if (round == 1)
            {
                await admin.PostFormAsync(batch, page.FormFields("main form[method=post]"));
                await WorkAsync();
            }

            var summary = Tests.Pages.Decisions.RegisterTests.ParseCsvDocument(await admin.GetStringAsync($"{batch}/summary.csv")).Skip(1).Select(r => $"{r[0]} {r[1]}").ToList();
            string[] expected = round == 1
                ? ["one.txt imported", "broken.pdf refused", "binary.txt refused", "two.txt imported"]
                : ["one.txt unchanged", "broken.pdf refused", "binary.txt refused", "two.txt unchanged"];
            Assert.Equal(expected, summary);
        }

        Assert.Equal(2, await QueryAsync(db => db.DecisionRecords.CountAsync(r => r.Slug == "IMP0001-24" || r.Slug == "IMP0002-24")));
    }

    [Fact]
    public async Task HeldForReview_NothingIsPublicUntilAnOfficerHasCheckedAndPublishedIt()
    {
        var admin = await AsAsync(Roles.Administrator);
        var text = Seeds.Read("EXE0003-20.txt");
        var batch = await UploadAsync(admin, [("held.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace("EXE0003/20", "REV0003/20", StringComparison.Ordinal)))], publish: "review");
        await WorkAsync();
        await admin.PostFormAsync(batch, (await admin.GetDocumentAsync(batch)).FormFields("main form[method=post]"));
        await WorkAsync();

        var record = await QueryAsync(db => db.DecisionRecords.SingleAsync(r => r.Slug == "REV0003-20"));
        Assert.Equal(DecisionStatus.AwaitingReview, record.Status);
        Assert.False(await QueryAsync(db => db.PublishedVersions.AnyAsync(v => v.DecisionRecordId == record.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateAnonymousClient().GetAsync("/decisions/REV0003-20")).StatusCode);

        var officer = await AsAsync(Roles.MonitoringOfficer);
        var list = await officer.GetDocumentAsync("/admin/decisions/awaiting-review");
        Assert.Contains("REV0003/20", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var review = await officer.GetDocumentAsync($"/admin/decisions/{record.Id}/review");
        var flagged = review.QuerySelector("main")!.TextContent;
        Assert.Contains("Inferred:", flagged, StringComparison.Ordinal);
        Assert.Contains("Police and Crime Commissioner signature", flagged, StringComparison.Ordinal);
        Assert.Contains("Not written on the original record", flagged, StringComparison.Ordinal);

        var publish = await officer.PostFormAsync($"/admin/decisions/{record.Id}/review", review.FormFields("main form[method=post]"));

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(DecisionStatus.Published, (await QueryAsync(db => db.DecisionRecords.SingleAsync(r => r.Id == record.Id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateAnonymousClient().GetAsync("/decisions/REV0003-20")).StatusCode);
        Assert.Equal(AuditEventTypes.RecordPublished, (await AuditEventsAsync(record.Id)).Last().EventType);
    }

    [Fact]
    public async Task HeldForReview_SeveralArePublishedTogether_AndOnlyByThoseWhoReview()
    {
        var admin = await AsAsync(Roles.Administrator);
        var text = Seeds.Read("EXE0005-21.txt");
        var batch = await UploadAsync(admin,
            [.. new[] { "BLK0001-21", "BLK0002-21" }.Select(r => ($"{r}.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace("EXE0005-21", r, StringComparison.Ordinal))))], publish: "review");
        await WorkAsync();
        await admin.PostFormAsync(batch, (await admin.GetDocumentAsync(batch)).FormFields("main form[method=post]"));
        await WorkAsync();

        Assert.NotEqual(HttpStatusCode.OK, (await (await AsAsync(Roles.Commissioner)).GetAsync("/admin/decisions/awaiting-review")).StatusCode);
        var author = await AsAsync(Roles.Author);
        var list = await author.GetDocumentAsync("/admin/decisions/awaiting-review");
        var choices = list.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!)
            .Where(v => list.QuerySelector($"input[value='{v}']")!.Closest("tr")!.TextContent.Contains("BLK", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, choices.Count);

        var token = list.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent(choices.Select(c => new KeyValuePair<string, string>("Selected", c)).Append(new("__RequestVerificationToken", token)));
        var publish = await author.PostAsync("/admin/decisions/awaiting-review", content);

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(2, await QueryAsync(db => db.DecisionRecords.CountAsync(r => (r.Slug == "BLK0001-21" || r.Slug == "BLK0002-21") && r.Status == DecisionStatus.Published)));
    }

    [Fact]
    public async Task Get_NotAnAdministrator_IsDenied()
    {
        var response = await (await AsAsync(Roles.Author)).GetAsync("/admin/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoDocuments_SaysSoNextToTheField()
    {
        var admin = await AsAsync(Roles.Administrator);
        var response = await admin.PostFormAsync("/admin/import", new() { ["Input.Publish"] = "review" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Select at least one document", page.QuerySelector(".govuk-error-summary a[href='#Input_Files']")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_Files-error"));
    }
}
