using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services;

/// <summary>Each test gets its own application, because each one breaks the chain on purpose.</summary>
public class AuditChainTests
{
    private static async Task<AuditVerification> VerifyAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
    }

    private static async Task<TestApp> AppWithHistoryAsync()
    {
        var app = new TestApp();
        var author = await app.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(app);
        await author.SubmitAsync(app, id);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => author.CreateRecordAsync($"Concurrent {i}")));
        return app;
    }

    [Fact]
    public async Task Chain_WrittenConcurrently_VerifiesWithoutGaps()
    {
        await using var app = await AppWithHistoryAsync();

        var result = await VerifyAsync(app);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(await app.WithDbAsync(db => db.AuditEvents.LongCountAsync()), result.Count);
        Assert.True(result.Count >= 10);
    }

    [Fact]
    public async Task Chain_RowEditedInTheDatabase_IsDetectedAtThatRow()
    {
        await using var app = await AppWithHistoryAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Payload = {Web.Domain.Audit.AuditJson.Write(new Web.Domain.Audit.LegacyTextEvent("Nothing happened"))} WHERE Sequence = 3"));

        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("was changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_ContentHashEdited_IsDetectedAtThatRow()
    {
        await using var app = await AppWithHistoryAsync();
        var submitted = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.EventType == Web.Domain.AuditEventTypes.RecordSubmitted).Select(e => e.Sequence).SingleAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET ContentHash = {new string('0', 64)} WHERE Sequence = {submitted}"));

        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Equal(submitted, result.BrokenAt);
    }

    [Fact]
    public async Task Event_AboutALongText_KeepsAllOfItAndItsContentHash()
    {
        await using var app = new TestApp();
        var author = await app.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(app);
        var text = string.Concat(Enumerable.Repeat("A long summary of the issue, written out in full. ", 400));
        await author.PostFormAsync($"/admin/decisions/{id}/sections/summary-of-issue", new() { ["Input.Text"] = text, ["Input.Version"] = (await app.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await author.SubmitAsync(app, id);

        var events = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.DecisionRecordId == id).OrderBy(e => e.Sequence).ToListAsync());
        var section = Assert.IsType<Web.Domain.Audit.RecordSectionUpdatedEvent>(events.Last(e => e.EventType == Web.Domain.AuditEventTypes.RecordSectionUpdated).Read());
        Assert.Equal(text.Trim(), section.After);
        Assert.True(text.Length > 4000);
        var submitted = events.Single(e => e.EventType == Web.Domain.AuditEventTypes.RecordSubmitted);
        Assert.Equal(Web.Domain.CanonicalContent.Hash(await app.LoadAsync(id)), submitted.ContentHash);
        Assert.True((await VerifyAsync(app)).IsIntact);
    }

    [Fact]
    public async Task Chain_RowDeleted_IsDetected()
    {
        await using var app = await AppWithHistoryAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents WHERE Sequence = 4"));

        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.BrokenAt);
    }

    [Fact]
    public async Task Chain_LastRowsDeleted_IsDetectedAgainstTheHead()
    {
        await using var app = await AppWithHistoryAsync();
        var last = await app.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));
        await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Sequence == last).ExecuteDeleteAsync());

        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Equal(last, result.BrokenAt);
    }

    [Fact]
    public async Task Chain_RewrittenConsistentlyButNotTheHead_IsDetected()
    {
        await using var app = await AppWithHistoryAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditChainHeads SET LastHash = 'x'"));

        Assert.False((await VerifyAsync(app)).IsIntact);
    }
}
