using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DecisionRecords.Tests.Pages.Alerts;

/// <summary>
/// Sending through GOV.UK Notify: a stand-in for Notify's API runs as a real HTTP server in the test, answering as Notify
/// does, and its callbacks are posted to the service as Notify posts them.
/// </summary>
public sealed class EmailAlertNotifyTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.StartTest();

    private const string CallbackToken = "callback-secret-for-tests";

    [Fact]
    public async Task Alerts_GoThroughNotify_ARefusedAddressAndAComplaintEndTheirSubscriptions_CallbacksNeedTheBearerToken()
    {
        var requests = new ConcurrentQueue<JsonElement>();
        var port = ProgramProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var notify = builder.Build();
        notify.MapPost("/v2/notifications/email", async (HttpRequest request) =>
        {
            var body = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
            requests.Enqueue(body);
            var to = body.GetProperty("email_address").GetString()!;
            return to.StartsWith("bounce", StringComparison.Ordinal)
                ? Results.Json(new { status_code = 400, errors = new[] { new { error = "ValidationError", message = "email_address Not a valid email address" } } }, statusCode: 400)
                : Results.Json(new
                {
                    id = Guid.NewGuid(),
                    reference = body.GetProperty("reference").GetString(),
                    content = new { body = "", subject = "", from_email = "alerts@notifications.service.gov.uk" },
                    uri = $"http://127.0.0.1:{port}/v2/notifications/1",
                    template = new { id = Guid.NewGuid(), version = 1, uri = $"http://127.0.0.1:{port}/v2/template/1" },
                }, statusCode: 201);
        });
        await notify.StartAsync();

        var template = Guid.NewGuid().ToString();
        await using var app = new TestApp
        {
            Settings =
            {
                ["Email:Mode"] = "Notify",
                ["Email:NotifyApiKey"] = $"test_key-{Guid.NewGuid()}-{Guid.NewGuid()}",
                ["Email:NotifyTemplateId"] = template,
                ["Email:NotifyBaseUrl"] = $"http://127.0.0.1:{port}/",
                ["Email:NotifyCallbackBearerToken"] = CallbackToken,
            },
        };
        await app.WithDbAsync(async db =>
        {
            db.AlertSubscriptions.AddRange(
                new AlertSubscription(Guid.NewGuid(), "resident@test.example", new AlertCriteria(), AlertFrequency.Immediately, _clock.GetUtcNow()),
                new AlertSubscription(Guid.NewGuid(), "bounce@test.example", new AlertCriteria(), AlertFrequency.Immediately, _clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        var author = await app.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(app, "Street lighting in the town centre");
        await author.SubmitAsync(app, id);
        await (await app.SignedInClientAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await app.SignedInClientAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        await (await app.SignedInClientAsync(Roles.Commissioner)).SignAsync(id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<EmailAlerts>().QueueNewVersionsAsync(CancellationToken.None));
        }

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        var alert = Assert.Single(requests, r => r.GetProperty("email_address").GetString() == "resident@test.example");
        Assert.Equal(template, alert.GetProperty("template_id").GetString());
        Assert.StartsWith("New decision:", alert.GetProperty("personalisation").GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("/alerts/unsubscribe/", alert.GetProperty("personalisation").GetProperty("body").GetString(), StringComparison.Ordinal);
        var subscriptions = await app.WithDbAsync(db => db.AlertSubscriptions.ToListAsync());
        Assert.Null(subscriptions.Single(s => s.Email == "resident@test.example").EndedAt);
        Assert.StartsWith("Email to the address bounced: GOV.UK Notify refused the address", subscriptions.Single(s => s.Email == "bounce@test.example").EndReason, StringComparison.Ordinal);

        var callback = app.CreateDefaultClient();
        var complaint = new { notification_id = Guid.NewGuid(), complaint_id = Guid.NewGuid(), reference = alert.GetProperty("reference").GetString(), to = "resident@test.example", complaint_date = "2026-03-13T10:40:00.000000Z" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await callback.PostAsJsonAsync("/alerts/notify-callback", complaint)).StatusCode);
        using var signed = new HttpRequestMessage(HttpMethod.Post, "/alerts/notify-callback") { Content = JsonContent.Create(complaint) };
        signed.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CallbackToken);
        Assert.Equal(HttpStatusCode.NoContent, (await callback.SendAsync(signed)).StatusCode);
        var resident = await app.WithDbAsync(db => db.AlertSubscriptions.SingleAsync(s => s.Email == "resident@test.example"));
        Assert.NotNull(resident.EndedAt);
        Assert.Equal("The address's owner marked an alert as spam", resident.EndReason);
    }
}
