using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class NewTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Post_ValidDetails_CreatesDraftWithNextReferenceAndAudits()
    {
        var author = await AsAsync(Roles.Author);

        var id = await author.CreateRecordAsync();

        var record = await App.LoadAsync(id);
        Assert.Matches(@"^EXE\d{4}-26$", record.Reference);
        Assert.Equal(record.Reference, record.Slug);
        Assert.Equal(DecisionStatus.Draft, record.Status);
        Assert.Equal(new DateOnly(2024, 3, 13), record.RecordDate);
        Assert.Equal(["Siobhan Peters", "Kira Hughes"], record.OfficersPresent);
        var audit = Assert.Single(await AuditEventsAsync(id));
        Assert.Equal(AuditEventTypes.RecordCreated, audit.EventType);
        Assert.Equal(TestApp.Users[Roles.Author], audit.UserName);
        Assert.Equal(App.Time.GetUtcNow(), audit.OccurredAt);

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}");
        Assert.Contains($"Decision record {record.Reference} created", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidInput_Returns400WithMessagesAndKeepsWhatWasTyped()
    {
        var author = await AsAsync(Roles.Author);
        var countBefore = await QueryAsync(db => db.DecisionRecords.CountAsync());

        var response = await author.PostFormAsync("/admin/decisions/new", new()
        {
            ["Input.Title"] = "",
            ["Input.RecordDate.Day"] = "31",
            ["Input.RecordDate.Month"] = "2",
            ["Input.RecordDate.Year"] = "2024",
            ["Input.OfficersPresent"] = "Kira Hughes\nLizzie Starr",
            ["Input.Category"] = "Not a category",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal(["Enter a title", "Date must be a real date, like 13 3 2024", "Select a category from the list"], document.ErrorSummary());
        Assert.Equal("Enter a title", document.InlineError("Input_Title"));
        Assert.Equal("#Input_RecordDate", document.QuerySelectorAll(".govuk-error-summary__list a")[1].GetAttribute("href"));
        Assert.NotNull(document.GetElementById("Input_RecordDate"));
        Assert.Equal("31", document.ValueOf("Input_RecordDate"));
        Assert.Equal("Kira Hughes\nLizzie Starr", document.ValueOf("Input_OfficersPresent"));
        Assert.Equal(countBefore, await QueryAsync(db => db.DecisionRecords.CountAsync()));
    }

    [Fact]
    public async Task Post_ManyAtOnce_AllocatesDistinctSequentialReferencesNeverReused()
    {
        var author = await AsAsync(Roles.Author);
        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => author.CreateRecordAsync($"Concurrent {i}")));
        var references = await QueryAsync(db => db.DecisionRecords.Where(r => ids.Contains(r.Id)).Select(r => r.Reference).ToListAsync());
        Assert.Equal(6, references.Distinct().Count());

        var highest = references.Max()!;
        var deleteId = await QueryAsync(db => db.DecisionRecords.Where(r => r.Reference == highest).Select(r => r.Id).SingleAsync());
        var record = await App.LoadAsync(deleteId);
        var deleted = await author.PostFormAsync($"/admin/decisions/{deleteId}/delete", new() { ["version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var next = await App.LoadAsync(await author.CreateRecordAsync("After a deletion"));
        Assert.True(string.CompareOrdinal(next.Reference, highest) > 0, $"{next.Reference} should come after the deleted {highest}");
    }

    [Fact]
    public async Task Post_ReferenceAlreadyHeldByALegacyRecord_IsSkipped()
    {
        var author = await AsAsync(Roles.Author);
        var probe = await App.LoadAsync(await author.CreateRecordAsync("Probe"));
        var number = int.Parse(probe.Reference[3..7], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var legacy = $"EXE{number:0000}/26";
        await App.WithDbAsync(async db =>
        {
            db.DecisionRecords.Add(new DecisionRecord(Guid.NewGuid(), legacy, "Legacy", "someone", DateTimeOffset.UnixEpoch));
            await db.SaveChangesAsync();
        });

        var next = await App.LoadAsync(await author.CreateRecordAsync("Next"));

        Assert.Equal($"EXE{number + 1:0000}-26", next.Reference);
    }

    [Theory]
    [InlineData(Roles.ChiefFinanceOfficer)]
    [InlineData(Roles.MonitoringOfficer)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Administrator)]
    public async Task Get_SignedInWithoutAuthorRole_IsSentToAccessDenied(string role)
    {
        var client = await AsAsync(role);

        var response = await client.GetAsync("/admin/decisions/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Location(), StringComparison.Ordinal);
    }
}
