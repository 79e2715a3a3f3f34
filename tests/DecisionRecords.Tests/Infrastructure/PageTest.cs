using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>
/// One application per test class; tests in a class share its database, so each creates its own records. Each test
/// has its own clock, started when xunit constructs the test.
/// </summary>
public abstract class PageTest(TestApp app) : IClassFixture<TestApp>
{
    private readonly FakeTimeProvider _clock = TestClock.StartTest();

    protected TestApp App { get; } = app;

    /// <summary>This test's clock: the same one the application reads during this test's requests.</summary>
    protected FakeTimeProvider Clock => _clock;

    protected Task<HttpClient> AsAsync(string role) => App.SignedInClientAsync(role);

    /// <summary>Each signer in turn signs the record, the Monitoring Officer publishing everything.</summary>
    protected async Task SignAllAsync(Guid id)
    {
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        await (await AsAsync(Roles.Commissioner)).SignAsync(id);
    }

    /// <summary>A complete record drafted and submitted through the pages, then signed by the first <paramref name="signatures"/> signers.</summary>
    protected async Task<Guid> InSignOffAsync(int signatures, string title = "Record in sign-off")
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, title);
        await author.SubmitAsync(App, id);
        if (signatures > 0)
        {
            await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        }

        if (signatures > 1)
        {
            await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        }

        return id;
    }

    /// <summary>A complete record drafted, submitted and signed off through the pages: published today.</summary>
    protected async Task<Guid> PublishedRecordAsync(string title)
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, title);
        await author.SubmitAsync(App, id);
        await SignAllAsync(id);
        Assert.Equal(Web.Domain.DecisionStatus.Published, (await App.LoadAsync(id)).Status);
        return id;
    }

    protected static Task<T> Db<T>(TestApp app, Func<DecisionRecordsDbContext, Task<T>> action) => app.WithDbAsync(action);

    protected Task<T> QueryAsync<T>(Func<DecisionRecordsDbContext, Task<T>> action) => App.WithDbAsync(action);

    protected Task<List<Web.Domain.AuditEvent>> AuditEventsAsync(Guid recordId) =>
        QueryAsync(db => db.AuditEvents.Where(e => e.DecisionRecordId == recordId).OrderBy(e => e.Id).ToListAsync());
}
