using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Account;

public class SignInTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Post_CorrectPassword_RedirectsToRecordsAndAudits()
    {
        await App.EnsureUsersAsync();
        var client = App.CreateAnonymousClient();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.Author], ["Input.Password"] = TestApp.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Location());
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserSignedIn && e.UserName == TestApp.Users[Roles.Author])));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/decisions")).StatusCode);
    }

    [Fact]
    public async Task Post_EmptyFields_Returns400WithMessagesNextToFields()
    {
        var client = App.CreateAnonymousClient();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal(["Enter your email address", "Enter your password"], document.ErrorSummary());
        Assert.Equal("Enter your email address", document.InlineError("Input_Email"));
        Assert.StartsWith("Error:", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownUserOrWrongPassword_GiveTheSameMessage()
    {
        await App.EnsureUsersAsync();
        var client = App.CreateAnonymousClient();

        var unknown = await (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "nobody@test.example", ["Input.Password"] = "whatever-password" })).ReadDocumentAsync();
        var wrong = await (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.Commissioner], ["Input.Password"] = "wrong-password-1" })).ReadDocumentAsync();

        Assert.Equal([SignInModel.FailedMessage], unknown.ErrorSummary());
        Assert.Equal(unknown.ErrorSummary(), wrong.ErrorSummary());
        Assert.Equal("nobody@test.example", unknown.ValueOf("Input_Email"));
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccount()
    {
        await App.EnsureUsersAsync();
        var client = App.CreateAnonymousClient();
        var email = TestApp.Users[Roles.ChiefExecutive];
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong-password-1" });
        }

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = TestApp.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // The same words as for an address that has no account; the officer learns of the lock by email, once.
        Assert.Equal([SignInModel.FailedMessage], (await response.ReadDocumentAsync()).ErrorSummary());
        var unknown = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "nobody-here@test.example", ["Input.Password"] = TestApp.Password });
        Assert.Equal((await unknown.ReadDocumentAsync()).ErrorSummary(), (await response.ReadDocumentAsync()).ErrorSummary());
        Assert.Equal(1, await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Subject == "Your account is locked for 15 minutes")));
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Post_ManyAttemptsFromOneAddress_AreRateLimited()
    {
        await using var limited = new TestApp { SignInAttemptsPerMinute = 3 };
        var client = limited.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "someone@test.example", ["Input.Password"] = "guessing-password" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        await App.EnsureUsersAsync();
        await App.CreateAnonymousClient().GetAsync("/account/sign-in");

        Assert.True(await QueryAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var client = App.CreateAnonymousClient();

        var response = await client.PostRawFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.Author], ["Input.Password"] = TestApp.Password }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_AdminPageAnonymously_RedirectsToSignIn()
    {
        var response = await App.CreateAnonymousClient().GetAsync("/admin/decisions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Fadmin%2Fdecisions", response.Location(), StringComparison.Ordinal);
    }
}
