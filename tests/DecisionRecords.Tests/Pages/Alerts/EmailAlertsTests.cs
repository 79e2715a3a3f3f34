using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Alerts;

/// <summary>
/// A member of the public follows a search of the register by email: signs up, confirms from the email, gets an email
/// when a matching decision is published (not for one that does not match, and only once), and leaves in one click
/// from the mail client's button. Sent through a real SMTP server in the test.
/// </summary>
public partial class EmailAlertsTests
{
    [GeneratedRegex(@"https?://\S+/alerts/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();

    private static async Task SendAsync(TestApp app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailAlerts>().QueueNewVersionsAsync(CancellationToken.None);
        }

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    private static async Task<Guid> PublishAsync(TestApp app, string title)
    {
        var author = await app.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(app, title);
        await author.SubmitAsync(app, id);
        await (await app.SignedInClientAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await app.SignedInClientAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        await (await app.SignedInClientAsync(Roles.Commissioner)).SignAsync(id);
        return id;
    }

    [Fact]
    public async Task SubscribeFromASearch_Confirm_GetTheMatchingDecisionOnce_AndLeaveInOneClick()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = new TestApp { Settings = smtp.Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => s.Value) };
        var reader = app.CreateAnonymousClient();
        var register = await reader.GetDocumentAsync("/decisions?q=drones");
        var signUp = register.QuerySelector("#get-emails")!.GetAttribute("href")!;
        Assert.Equal("/alerts/subscribe?q=drones", signUp);

        var form = await reader.GetDocumentAsync(signUp);
        Assert.Equal("Decisions matching “drones”", form.QuerySelector("#alert-criteria")!.TextContent.Trim());
        var wrong = await reader.PostFormAsync(signUp, new() { ["q"] = "drones", ["Input.Email"] = "not an address" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = await wrong.ReadDocumentAsync();
        Assert.Contains("Enter an email address in the correct format", wrongPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("not an address", wrongPage.ValueOf("Input_Email"));

        var asked = await reader.PostFormAsync(signUp, new() { ["q"] = "drones", ["Input.Email"] = "resident@test.example" });
        Assert.Equal("/alerts/check-your-email", asked.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertSubscriptions.CountAsync()));

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        List<MimeKit.MimeMessage> ToResident() => smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == "resident@test.example")).ToList();
        var confirmation = Assert.Single(ToResident());
        Assert.Equal("resident@test.example", confirmation.To.Mailboxes.Single().Address);
        Assert.Contains("Decisions matching “drones”", confirmation.TextBody, StringComparison.Ordinal);
        var link = new Uri(ConfirmLink().Match(confirmation.TextBody ?? "").Value);

        // Opening the link subscribes no one: the button does.
        var confirmPage = await reader.GetDocumentAsync(link.PathAndQuery);
        Assert.Equal("Confirm your email alerts", confirmPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertSubscriptions.CountAsync()));
        var confirmed = await reader.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("You are subscribed", (await confirmed.ReadDocumentAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await reader.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! });
        Assert.Equal(1, await app.WithDbAsync(db => db.AlertSubscriptions.CountAsync()));

        // A made-up or altered link does nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/alerts/confirm?token=made-up")).StatusCode);

        // A record read from the office's archive is not a new decision: importing it emails no one.
        var archived = Seeds.Read("EXE0021-24.txt").Replace("People Zones 2024/2025 Budget", "Drones for the People Zones", StringComparison.Ordinal);
        Assert.True((await app.ImportAsync("EXE0021-24.txt", System.Text.Encoding.UTF8.GetBytes(archived))).Imported);

        await PublishAsync(app, "Drones for rural policing");
        await PublishAsync(app, "Bus shelters on the ring road");
        await SendAsync(app);
        await SendAsync(app);

        var alert = Assert.Single(ToResident().Skip(1));
        Assert.Contains("Drones for rural policing", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("You get these emails about: Decisions matching “drones”.", alert.TextBody, StringComparison.Ordinal);
        var unsubscribe = alert.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(unsubscribe, alert.TextBody, StringComparison.Ordinal);

        // The mail client's button: a POST with no cookie and no antiforgery token, safe to repeat.
        var path = new Uri(unsubscribe).AbsolutePath;
        for (var i = 0; i < 2; i++)
        {
            var left = await app.CreateDefaultClient().PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        }

        Assert.NotNull(await app.WithDbAsync(db => db.AlertSubscriptions.Select(s => s.EndedAt).SingleAsync()));
        await PublishAsync(app, "More drones for the city");
        await SendAsync(app);
        Assert.Equal(2, ToResident().Count);

        // 28 days after it ended, the subscription and every email sent to the address are erased.
        app.Time.Advance(TimeSpan.FromDays(29));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailAlerts>().EraseAsync(CancellationToken.None);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.AlertSubscriptions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "resident@test.example")));
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To != "resident@test.example")), "officers' emails are not erased with the alerts");
        var privacy = await reader.GetDocumentAsync("/alerts/privacy");
        Assert.Contains("erased 28 days later", privacy.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUps_ForOneAddress_SendAtMostFourConfirmationsAMinute_AndTheSamePageSaysCheckYourEmail()
    {
        await using var app = new TestApp();
        var reader = app.CreateAnonymousClient();
        for (var i = 0; i < 6; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EmailAlerts>().RequestAsync("target@test.example", new Web.Domain.AlertCriteria(Q: $"term{i}"), Web.Domain.AlertFrequency.Immediately, CancellationToken.None);
        }

        Assert.Equal(4, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "target@test.example")));
        app.Time.Advance(TimeSpan.FromMinutes(2));
        var asked = await reader.PostFormAsync("/alerts/subscribe", new() { ["Input.Email"] = "target@test.example" });
        Assert.Equal("/alerts/check-your-email", asked.Headers.Location!.OriginalString);
        Assert.Equal(5, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "target@test.example")));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlertSubscriptions.CountAsync()));
    }
}
