using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>One application per test class; tests in a class share its database, so each creates its own records.</summary>
public abstract class PageTest(TestApp app) : IClassFixture<TestApp>
{
    protected TestApp App { get; } = app;

    protected Task<HttpClient> AsAsync(string role) => App.SignedInClientAsync(role);

    protected static Task<T> Db<T>(TestApp app, Func<DecisionRecordsDbContext, Task<T>> action) => app.WithDbAsync(action);

    protected Task<T> QueryAsync<T>(Func<DecisionRecordsDbContext, Task<T>> action) => App.WithDbAsync(action);

    protected Task<List<Web.Domain.AuditEvent>> AuditEventsAsync(Guid recordId) =>
        QueryAsync(db => db.AuditEvents.Where(e => e.DecisionRecordId == recordId).OrderBy(e => e.Id).ToListAsync());
}
