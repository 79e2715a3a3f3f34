using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Security;

/// <summary>The third security review: a test for each finding, named by its number.</summary>
public class SecurityRoundThreeTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Finding8_SignOutEndsTheCopiedSessionOnItsNextRequest()
    {
        await using var app = new TestApp();
        await app.EnsureUsersAsync();
        var copied = await app.SessionCookieAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.OK, (await app.WithCookieAsync(copied, "/admin")).StatusCode);
        var client = await app.SignedInClientAsync(Roles.Author);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-out", [], formPage: "/admin")).StatusCode);

        var after = await app.WithCookieAsync(copied, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == db.Users.Single(u => u.Email == TestApp.Users[Roles.Author]).Id && s.SecurityStamp == db.Users.Single(u => u.Email == TestApp.Users[Roles.Author]).SecurityStamp)));
    }

    [Fact]
    public async Task Finding8_ARoleChangeOrDisablingEndsEverySessionOfThatUserAtOnce()
    {
        await using var app = new TestApp();
        await app.EnsureUsersAsync();
        var author = await app.SessionCookieAsync(Roles.Author);
        var cfo = await app.SessionCookieAsync(Roles.ChiefFinanceOfficer);
        Assert.Equal(HttpStatusCode.OK, (await app.WithCookieAsync(author, "/admin/decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.WithCookieAsync(cfo, "/admin/decisions")).StatusCode);
        var admin = await app.SignedInClientAsync(Roles.Administrator);

        var authorId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == TestApp.Users[Roles.Author]).Select(u => u.Id).SingleAsync());
        var changed = await admin.PostFormAsync($"/admin/users/{authorId}", new()
        {
            ["Input.DisplayName"] = "Test Author",
            ["Input.JobTitle"] = "Chief Executive",
            ["Input.Roles"] = Roles.ChiefExecutive,
        });
        Assert.True(changed.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await changed.ReadDocumentAsync()).ErrorSummary()));
        Assert.Equal(HttpStatusCode.Redirect, (await app.WithCookieAsync(author, "/admin/decisions")).StatusCode);

        var cfoId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == TestApp.Users[Roles.ChiefFinanceOfficer]).Select(u => u.Id).SingleAsync());
        var disabled = await admin.PostFormAsync($"/admin/users/{cfoId}?handler=Disable", new() { ["disable"] = "true" }, formPage: $"/admin/users/{cfoId}");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.WithCookieAsync(cfo, "/admin/decisions")).StatusCode);
    }

    [Fact]
    public async Task Finding8_AnOfficerSeesWhereTheyAreSignedIn_AndSignsOutOfEveryOne()
    {
        await using var app = new TestApp();
        await app.EnsureUsersAsync();
        var elsewhere = await app.SessionCookieAsync(Roles.MonitoringOfficer);
        var client = await app.SignedInClientAsync(Roles.MonitoringOfficer);
        var page = await client.GetDocumentAsync("/account/security");
        var rows = page.QuerySelectorAll("#sessions-caption ~ tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("127.0.0.1", rows[0].TextContent, StringComparison.Ordinal);

        var signedOut = await client.PostFormAsync("/account/sign-out", [], formPage: "/account/security");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.WithCookieAsync(elsewhere, "/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
