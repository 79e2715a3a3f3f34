using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Users;

public class UsersTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Post_AdministratorAddsUser_InvitationLinkSetsPasswordOnce()
    {
        var admin = await AsAsync(Roles.Administrator);

        var created = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Input.Email"] = "kira.hughes@test.example",
            ["Input.DisplayName"] = "Kira Hughes",
            ["Input.JobTitle"] = "Chief Finance Officer",
            ["Input.Roles"] = Roles.ChiefFinanceOfficer,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var email = await QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "kira.hughes@test.example"));
        var link = new Uri(email.Body.Split('\n').Single(l => l.StartsWith("http", StringComparison.Ordinal)));
        Assert.Equal("localhost", link.Host);
        Assert.DoesNotContain(".app-invitation-link", (await admin.GetStringAsync(created.Location())), StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserCreated && e.Payload.Contains("kira.hughes@test.example"))));

        var invited = App.CreateAnonymousClient();
        var form = await invited.GetDocumentAsync(link.PathAndQuery);
        var fields = form.FormFields(overrides: new() { ["Input.Password"] = "A-new-password-123", ["Input.ConfirmPassword"] = "A-new-password-123" });
        var set = await invited.PostFormAsync(link.PathAndQuery, fields);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var signIn = await invited.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "kira.hughes@test.example", ["Input.Password"] = "A-new-password-123" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var reused = await App.CreateAnonymousClient().PostFormAsync(link.PathAndQuery, fields);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("This link has expired or has already been used", string.Join(' ', (await reused.ReadDocumentAsync()).ErrorSummary()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MissingFields_ShowsMessagesAndKeepsInput()
    {
        var admin = await AsAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/admin/users/new", new() { ["Input.Email"] = "not-an-email", ["Input.DisplayName"] = "Someone" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Enter an email address in the correct format, like name@example.org", document.InlineError("Input_Email"));
        Assert.Equal("Select at least one role", document.InlineError("Input_Roles"));
        Assert.Equal("Someone", document.ValueOf("Input_DisplayName"));
    }

    [Fact]
    public async Task Post_DisableUser_StopsSignIn()
    {
        var admin = await AsAsync(Roles.Administrator);
        await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Input.Email"] = "leaver@test.example",
            ["Input.DisplayName"] = "A Leaver",
            ["Input.JobTitle"] = "Policy Officer",
            ["Input.Roles"] = Roles.Author,
        });
        var userId = await QueryAsync(db => db.Users.Where(u => u.Email == "leaver@test.example").Select(u => u.Id).SingleAsync());

        var disabled = await admin.PostFormAsync($"/admin/users/{userId}?handler=Disable", new() { ["disable"] = "true" }, formPage: $"/admin/users/{userId}");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True(await QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.IsDisabled).SingleAsync()));
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserDisabled && e.Payload.Contains("leaver@test.example"))));
    }

    [Fact]
    public async Task Post_ChangeRoles_IsSavedAndAudited()
    {
        var admin = await AsAsync(Roles.Administrator);
        await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Input.Email"] = "mover@test.example",
            ["Input.DisplayName"] = "A Mover",
            ["Input.JobTitle"] = "Policy Officer",
            ["Input.Roles"] = Roles.Author,
        });
        var userId = await QueryAsync(db => db.Users.Where(u => u.Email == "mover@test.example").Select(u => u.Id).SingleAsync());

        var response = await admin.PostFormAsync($"/admin/users/{userId}", new()
        {
            ["Input.DisplayName"] = "A Mover",
            ["Input.JobTitle"] = "Monitoring Officer",
            ["Input.Roles"] = Roles.MonitoringOfficer,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await QueryAsync(db => db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.MonitoringOfficer], roles);
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserRolesChanged && e.Payload.Contains("mover@test.example"))));
    }

    [Theory]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Commissioner)]
    public async Task Get_NotAnAdministrator_IsSentToAccessDenied(string role)
    {
        var client = await AsAsync(role);

        foreach (var url in new[] { "/admin/users", "/admin/users/new", "/admin/office-holders" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Location(), StringComparison.Ordinal);
        }
    }
}
