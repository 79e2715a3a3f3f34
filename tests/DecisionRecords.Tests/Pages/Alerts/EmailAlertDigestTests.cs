using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Alerts;

/// <summary>
/// Digests, the manage page, take-downs and bounces: what a subscriber lives with after signing up. Sent through a
/// real SMTP server in the test, which refuses mailboxes that do not exist as a real one would.
/// </summary>
public partial class EmailAlertDigestTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.StartTest();

    [GeneratedRegex(@"https?://\S+/alerts/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();

    private static TestApp AppSendingTo(TestSmtpServer smtp) =>
        new() { Settings = smtp.Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => s.Value) };

    private static async Task<T> WithAlertsAsync<T>(TestApp app, Func<EmailAlerts, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<EmailAlerts>());
    }

    private static Task<int> SendOutboxAsync(TestApp app) => app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

    /// <summary>Signs up from the register's view with the form, confirms from the email that arrives, and gives back the subscription's token.</summary>
    private async Task<string> SubscribeAsync(TestApp app, TestSmtpServer smtp, string email, string view, AlertFrequency frequency)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        var reader = app.CreateAnonymousClient();
        var signUp = (await reader.GetDocumentAsync(view)).QuerySelector("#get-emails")!.GetAttribute("href")!;
        var form = await reader.GetDocumentAsync(signUp);
        Assert.NotNull(form.QuerySelector($"input[name='Input.Frequency'][value='{frequency}']"));
        Assert.Equal("/alerts/check-your-email", (await reader.PostFormAsync(signUp, new() { ["Input.Email"] = email, ["Input.Frequency"] = frequency.ToString() })).Headers.Location!.OriginalString);
        await SendOutboxAsync(app);
        var confirmation = smtp.Received.Last(m => m.To.Mailboxes.Any(a => a.Address == email) && m.Subject == EmailAlerts.ConfirmationSubject);
        var link = new Uri(ConfirmLink().Match(confirmation.TextBody ?? "").Value);
        var confirmPage = await reader.GetDocumentAsync(link.PathAndQuery);
        Assert.Contains(frequency.Describe(), confirmPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var confirmed = await reader.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return await app.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.Email == email).OrderByDescending(s => s.CreatedAt).Select(s => s.UnsubscribeToken).FirstAsync());
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

    /// <summary>Moves the test's clock to just after the next digest of <paramref name="frequency"/> is due.</summary>
    private void AdvanceToNextDigest(AlertFrequency frequency)
    {
        var current = DigestSchedule.Latest(frequency, _clock.GetUtcNow()).Key;
        while (DigestSchedule.Latest(frequency, _clock.GetUtcNow()).Key == current)
        {
            _clock.Advance(TimeSpan.FromMinutes(15));
        }
    }

    [Fact]
    public async Task DailyDigest_OneEmailPerAddress_GroupsItsLists_GoesOnce_AndTheManagePageSwitchesAndEnds()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = AppSendingTo(smtp);
        var drones = await SubscribeAsync(app, smtp, "resident@test.example", "/decisions?q=drones", AlertFrequency.Daily);
        var everything = await SubscribeAsync(app, smtp, "resident@test.example", "/decisions", AlertFrequency.Daily);
        await SubscribeAsync(app, smtp, "neighbour@test.example", "/decisions?q=shelters", AlertFrequency.Daily);

        await PublishAsync(app, "Drones for rural policing");
        await PublishAsync(app, "Bus stops on the ring road");
        Assert.Equal(0, await WithAlertsAsync(app, a => a.QueueNewVersionsAsync(CancellationToken.None)));
        Assert.Equal(0, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));

        AdvanceToNextDigest(AlertFrequency.Daily);
        Assert.Equal(1, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        Assert.Equal(0, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        await SendOutboxAsync(app);
        var digest = Assert.Single(smtp.Received, m => m.Subject?.Contains("digest", StringComparison.Ordinal) == true);
        Assert.Equal("resident@test.example", digest.To.Mailboxes.Single().Address);
        Assert.Equal("Daily digest: 2 changes to decisions", digest.Subject);
        var body = digest.TextBody!;
        Assert.Contains("Decisions matching “drones”:", body, StringComparison.Ordinal);
        Assert.Contains("All decisions:", body, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(body, "Drones for rural policing"));
        Assert.Equal(1, Regex.Count(body, "Bus stops on the ring road"));
        Assert.Contains($"/alerts/unsubscribe/{drones}", body, StringComparison.Ordinal);
        Assert.Contains($"/alerts/unsubscribe/{everything}", body, StringComparison.Ordinal);
        Assert.EndsWith($"/alerts/unsubscribe/{drones}?from=daily>", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);

        // The manage page, from the link in the email: no password.
        var reader = app.CreateAnonymousClient();
        var manage = await reader.GetDocumentAsync($"/alerts/manage/{drones}");
        Assert.Equal(2, manage.QuerySelectorAll(".govuk-summary-card").Length);
        Assert.DoesNotContain("shelters", manage.Body!.TextContent, StringComparison.Ordinal);
        var change = manage.QuerySelectorAll(".govuk-summary-card a").First(a => a.TextContent.Contains("“drones”", StringComparison.Ordinal)).GetAttribute("href")!;
        var refused = await reader.PostFormAsync(change, new() { ["Input.Frequency"] = "Hourly" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose how often you want emails", (await refused.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var saved = await reader.PostFormAsync(change, new() { ["Input.Frequency"] = "Weekly" });
        Assert.Equal($"/alerts/manage/{drones}", saved.Headers.Location!.OriginalString);
        Assert.Equal(AlertFrequency.Weekly, await app.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.UnsubscribeToken == drones).Select(s => s.Frequency).SingleAsync()));

        // Another address's token reaches only that address's lists.
        var neighbours = await app.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.Email == "neighbour@test.example").Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostFormAsync($"/alerts/manage/{drones}?handler=end", new() { ["subscription"] = neighbours.ToString() }, $"/alerts/manage/{drones}")).StatusCode);

        // The digest's own button in the mail client: every daily list of the address ends; the weekly one stays.
        var oneClick = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var left = await app.CreateDefaultClient().PostAsync(oneClick.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        var states = await app.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.Email == "resident@test.example").Select(s => new { s.UnsubscribeToken, s.EndedAt }).ToListAsync());
        Assert.Null(states.Single(s => s.UnsubscribeToken == drones).EndedAt);
        Assert.NotNull(states.Single(s => s.UnsubscribeToken == everything).EndedAt);

        var ended = await reader.PostFormAsync($"/alerts/manage/{drones}?handler=end", new() { ["subscription"] = (await app.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.UnsubscribeToken == drones).Select(s => s.Id).SingleAsync())).ToString() }, $"/alerts/manage/{drones}");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("You are not subscribed to any lists", (await reader.GetDocumentAsync($"/alerts/manage/{drones}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        AdvanceToNextDigest(AlertFrequency.Weekly);
        await PublishAsync(app, "Drones for the coast");
        AdvanceToNextDigest(AlertFrequency.Weekly);
        Assert.Equal(0, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task TakenDown_IsEmailedWithItsExplanation_AndABouncedAddressStopsGettingAlerts()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = AppSendingTo(smtp);
        await SubscribeAsync(app, smtp, "resident@test.example", "/decisions?q=cameras", AlertFrequency.Immediately);
        await app.WithDbAsync(async db =>
        {
            db.AlertSubscriptions.Add(new AlertSubscription(Guid.NewGuid(), "bounce-gone@test.example", new AlertCriteria(), AlertFrequency.Immediately, _clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        var id = await PublishAsync(app, "Speed cameras for the A6");
        Assert.Equal(2, await WithAlertsAsync(app, a => a.QueueNewVersionsAsync(CancellationToken.None)));
        await SendOutboxAsync(app);
        Assert.Single(smtp.Received, m => m.Subject?.StartsWith("New decision:", StringComparison.Ordinal) == true);
        var bounced = await app.WithDbAsync(db => db.AlertSubscriptions.SingleAsync(s => s.Email == "bounce-gone@test.example"));
        Assert.NotNull(bounced.EndedAt);
        Assert.StartsWith("Email to the address bounced", bounced.EndReason, StringComparison.Ordinal);
        var refusedEmail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "bounce-gone@test.example"));
        Assert.True(refusedEmail.GaveUp, "a permanent failure is not retried");
        Assert.Contains("550", refusedEmail.LastError, StringComparison.Ordinal);

        // The take-down wakes this instance's alerts at once: they need not wait for the next poll.
        var signal = app.Services.GetRequiredService<PublicationSignal>();
        while (await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None))
        {
        }

        var mo = await app.SignedInClientAsync(Roles.MonitoringOfficer);
        var record = await app.LoadAsync(id);
        var unpublished = await mo.PostFormAsync($"/admin/decisions/{id}/unpublish", new()
        {
            ["Input.Explanation"] = "Published in error: it names a person who must not be identified.",
            ["Input.Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None), "a take-down raises the publication signal");
        Assert.Equal(1, await WithAlertsAsync(app, a => a.QueueNewVersionsAsync(CancellationToken.None)));
        await SendOutboxAsync(app);
        var takenDown = Assert.Single(smtp.Received, m => m.Subject?.StartsWith("Taken down:", StringComparison.Ordinal) == true);
        Assert.Equal("resident@test.example", takenDown.To.Mailboxes.Single().Address);
        Assert.Contains("Speed cameras for the A6", takenDown.Subject, StringComparison.Ordinal);
        Assert.Contains("Why it was taken down: Published in error: it names a person who must not be identified.", takenDown.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_OfAFilteredView_HoldsOnlyThatView_AndOfficersSeeCountsNotAddresses_AndAnExportIsAudited()
    {
        await using var app = new TestApp();
        await app.WithDbAsync(async db =>
        {
            db.AlertSubscriptions.AddRange(
                new AlertSubscription(Guid.NewGuid(), "one@test.example", new AlertCriteria(Q: "drones"), AlertFrequency.Immediately, _clock.GetUtcNow()),
                new AlertSubscription(Guid.NewGuid(), "two@test.example", new AlertCriteria(Q: "drones"), AlertFrequency.Daily, _clock.GetUtcNow()),
                new AlertSubscription(Guid.NewGuid(), "one@test.example", new AlertCriteria(), AlertFrequency.Weekly, _clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await PublishAsync(app, "Drones for rural policing");
        await PublishAsync(app, "Bus stops on the ring road");

        var reader = app.CreateAnonymousClient();
        var feedLink = (await reader.GetDocumentAsync("/decisions?q=drones")).QuerySelector("#view-feed")!.GetAttribute("href");
        Assert.Equal("/decisions/feed.atom?q=drones", feedLink);
        var feed = System.Xml.Linq.XDocument.Parse(await reader.GetStringAsync(feedLink));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.EndsWith(": Decisions matching “drones”", feed.Root!.Element(atom + "title")!.Value, StringComparison.Ordinal);
        var entry = Assert.Single(feed.Root.Elements(atom + "entry"));
        Assert.Contains("Drones for rural policing", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(2, System.Xml.Linq.XDocument.Parse(await reader.GetStringAsync("/decisions/feed.atom")).Root!.Elements(atom + "entry").Count());

        var counts = await (await app.SignedInClientAsync(Roles.Author)).GetDocumentAsync("/admin/alerts");
        var row = counts.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("“drones”", StringComparison.Ordinal));
        Assert.Equal(["1", "1", "0", "2"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain("@test.example", counts.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(counts.QuerySelector("a[href='/admin/alerts/export']"));

        var admin = await app.SignedInClientAsync(Roles.Administrator);
        var missing = await admin.PostFormAsync("/admin/alerts/export", new() { ["Input.Email"] = "one@test.example", ["Input.RequestReference"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("one@test.example", (await missing.ReadDocumentAsync()).ValueOf("Input_Email"));
        var export = await admin.PostFormAsync("/admin/alerts/export", new() { ["Input.Email"] = "one@test.example", ["Input.RequestReference"] = "SAR-2026-014" });
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("subscription,Decisions matching “drones”,Straight away,", csv, StringComparison.Ordinal);
        Assert.Contains("subscription,All decisions,Once a week,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("two@test.example", csv, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.EventType == AuditEventTypes.AlertSubscriberExported));
        Assert.Contains("SAR-2026-014", audited.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("one@test.example", audited.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestRun_HappensOncePerPeriod_AndARunStoppedMidwayIsTakenOverWithoutRepeats()
    {
        await using var app = new TestApp();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.AlertSubscriptions.Add(new AlertSubscription(Guid.NewGuid(), $"reader{i}@test.example", new AlertCriteria(), AlertFrequency.Daily, _clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
        });
        await PublishAsync(app, "Street lighting in the town centre");
        AdvanceToNextDigest(AlertFrequency.Daily);
        var key = DigestSchedule.Latest(AlertFrequency.Daily, _clock.GetUtcNow()).Key;

        Assert.Equal(3, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        Assert.Equal(0, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        Assert.Equal(3, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Daily digest"))));

        // As if the instance had stopped after queuing two of the three: its claim unfinished, its lease still running.
        await app.WithDbAsync(async db =>
        {
            await db.OutboxMessages.Where(m => m.To == "reader1@test.example").ExecuteDeleteAsync();
            await db.WorkClaims.Where(c => c.Key == key).ExecuteUpdateAsync(c => c.SetProperty(w => w.CompletedAt, (DateTimeOffset?)null)
                .SetProperty(w => w.Owner, "stopped-instance").SetProperty(w => w.LeaseUntil, _clock.GetUtcNow().AddMinutes(2)));
        });
        Assert.Equal(0, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await WithAlertsAsync(app, a => a.SendDueDigestsAsync(CancellationToken.None)));
        var digests = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Daily digest")).Select(m => m.To).ToListAsync());
        Assert.Equal(["reader0@test.example", "reader1@test.example", "reader2@test.example"], digests.Order(StringComparer.Ordinal));
        Assert.NotNull(await app.WithDbAsync(db => db.WorkClaims.Where(c => c.Key == key).Select(c => c.CompletedAt).SingleAsync()));
    }
}
