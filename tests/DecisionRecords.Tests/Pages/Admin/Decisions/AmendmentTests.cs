using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class AmendmentTests(TestApp app) : PageTest(app)
{
    private string Version(DecisionRecord record) => record.Version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Post_Amendment_PublishesASecondVersionWithItsNoteAndKeepsTheFirst()
    {
        var id = await PublishedRecordAsync("Record to amend");
        var author = await AsAsync(Roles.Author);
        var slug = (await App.LoadAsync(id)).Slug;

        var missingNote = await author.PostFormAsync($"/admin/decisions/{id}/amend", new() { ["Input.ChangeNote"] = "", ["Input.Version"] = Version(await App.LoadAsync(id)) });
        Assert.Equal(HttpStatusCode.BadRequest, missingNote.StatusCode);
        Assert.Equal("Write the public note that says what the amendment changes", (await missingNote.ReadDocumentAsync()).InlineError("Input_ChangeNote"));

        var reopened = await author.PostFormAsync($"/admin/decisions/{id}/amend", new()
        {
            ["Input.ChangeNote"] = "Corrected the recommendations",
            ["Input.Version"] = Version(await App.LoadAsync(id)),
        });
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Draft, record.Status);
        Assert.All(record.Signatures, s => Assert.True(s.IsVoid));

        // While it is amended, the public still reads the first version.
        var publicPage = await App.CreateAnonymousClient().GetDocumentAsync($"/decisions/{slug}");
        Assert.Contains("Approve the budget of £148,000.00.", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await author.PostFormAsync($"/admin/decisions/{id}/sections/recommendations", new()
        {
            ["Input.Text"] = "Approve the corrected budget of £150,000.00.",
            ["Input.Version"] = Version(record),
        });
        await author.SubmitAsync(App, id);
        await SignAllAsync(id);

        var versions = await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("Corrected the recommendations", versions[1].ChangeNote);
        Assert.True(versions[1].IsLatest);
        Assert.False(versions[0].IsLatest);
        var page = await App.CreateAnonymousClient().GetDocumentAsync($"/decisions/{slug}");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Approve the corrected budget of £150,000.00.", text, StringComparison.Ordinal);
        Assert.Contains($"/decisions/{slug}\"", await App.CreateAnonymousClient().GetStringAsync("/decisions?q=corrected+budget"), StringComparison.Ordinal);
        Assert.Contains("Corrected the recommendations", text, StringComparison.Ordinal);
        Assert.Contains("Last updated", text, StringComparison.Ordinal);
        Assert.Contains("Corrected the recommendations", await App.CreateAnonymousClient().GetStringAsync("/decisions/feed.atom"), StringComparison.Ordinal);
        Assert.Null((await App.LoadAsync(id)).PendingChangeNote);
    }

    [Fact]
    public async Task Post_Unpublish_AnswersGoneWithTheExplanationAndKeepsAStub()
    {
        var id = await PublishedRecordAsync("Record to take down");
        var slug = (await App.LoadAsync(id)).Slug;
        var author = await AsAsync(Roles.Author);
        Assert.Contains($"/decisions/{slug}\"", await App.CreateAnonymousClient().GetStringAsync("/decisions?q=take+down"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await author.GetAsync($"/admin/decisions/{id}/unpublish")).StatusCode);

        var response = await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{id}/unpublish", new()
        {
            ["Input.Explanation"] = "Published in error: it names a person who must not be identified.",
            ["Input.Version"] = Version(await App.LoadAsync(id)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DecisionStatus.Unpublished, (await App.LoadAsync(id)).Status);
        var client = App.CreateAnonymousClient();
        var gone = await client.GetAsync($"/decisions/{slug}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var body = await gone.ReadDocumentAsync();
        Assert.Contains("Published in error", body.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential informant costs", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var register = await client.GetStringAsync("/decisions");
        Assert.Contains($"/decisions/{slug}", register, StringComparison.Ordinal);
        Assert.DoesNotContain("Record to take down", register, StringComparison.Ordinal);
        Assert.DoesNotContain($"/decisions/{slug}\"", await client.GetStringAsync("/decisions?q=take+down"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync($"/decisions/{slug}.pdf")).StatusCode);
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.DecisionRecordId == id && e.EventType == AuditEventTypes.RecordUnpublished)));
    }
}
