using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Security;

/// <summary>
/// Every route the application serves, found from its endpoints, times every kind of visitor. A new route fails this
/// test until it is given a class below, so nothing becomes reachable by accident.
/// </summary>
public partial class AuthorizationMatrixTests(TestApp app) : PageTest(app)
{
    private const string Anonymous = "Anonymous";

    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] Staff = [.. Roles.All];

    /// <summary>Everyone who reads records: a bare administrator does not.</summary>
    private static readonly string[] Officers = [.. Roles.Officers];
    private static readonly string[] Signers = [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner];

    /// <summary>Who may reach each route; anyone else is sent to sign in or told they are not allowed.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["/"] = Everyone,
        ["/accessibility"] = Everyone,
        ["/error/{statusCode:int?}"] = Everyone,
        ["/health/live"] = Everyone,
        ["/health/ready"] = Everyone,
        ["/decisions"] = Everyone,
        ["/decisions/{slug}"] = Everyone,
        ["/decisions/{slug}.pdf"] = Everyone,
        ["/decisions/{slug}/versions/{number:int}.pdf"] = Everyone,
        ["/decisions/{slug}/documents/{id:guid}"] = Everyone,
        ["/decisions/feed.atom"] = Everyone,
        ["/decisions.csv"] = Everyone,
        ["/decisions.json"] = Everyone,
        ["/funding-lines.csv"] = Everyone,
        ["/funding"] = Everyone,
        ["/verify"] = Everyone,
        ["/alerts/subscribe"] = Everyone,
        ["/alerts/check-your-email"] = Everyone,
        ["/alerts/confirm"] = Everyone,
        ["/alerts/privacy"] = Everyone,
        ["/alerts/unsubscribe/{token}"] = Everyone,
        ["/forward-plan"] = Everyone,
        ["/forward-plan/feed.atom"] = Everyone,
        ["/forward-plan.csv"] = Everyone,
        ["/forward-plan.json"] = Everyone,
        ["/forward-plan/as-at"] = Everyone,
        ["/alerts/manage/{token}"] = Everyone,
        ["/alerts/manage/{token}/frequency/{id:guid}"] = Everyone,
        // GOV.UK Notify's callbacks: a bearer token the office gave Notify, not a sign-in (EmailAlertNotifyTests).
        ["/alerts/notify-callback"] = Everyone,
        ["/sitemap.xml"] = Everyone,
        ["/robots.txt"] = Everyone,
        ["/favicon.ico"] = Everyone,
        ["/account/sign-in"] = Everyone,
        ["/account/sign-out"] = Everyone,
        // Without a password step in progress, the security-code page sends everyone back to sign in.
        ["/account/two-factor"] = [],
        ["/account/access-denied"] = Everyone,
        ["/account/set-password"] = Everyone,
        ["/account/security"] = Staff,
        ["/account/password"] = Staff,
        ["/admin"] = Staff,
        ["/admin/decisions"] = Officers,
        ["/admin/decisions/{id:guid}"] = Officers,
        ["/admin/decisions/{id:guid}/preview"] = Officers,
        ["/admin/decisions/{id:guid}/preview.pdf"] = Officers,
        ["/admin/decisions/{id:guid}/timeline"] = Officers,
        ["/admin/decisions/{id:guid}/attachments/{attachmentId:guid}"] = Officers,
        ["/admin/reports/panel"] = Officers,
        ["/admin/alerts"] = Staff,
        ["/admin/forward-plan"] = Officers,
        ["/admin/forward-plan/new"] = [Roles.Author],
        ["/admin/forward-plan/{id:guid}"] = [Roles.Author],
        ["/admin/forward-plan/{id:guid}/defer"] = [Roles.Author],
        ["/admin/forward-plan/{id:guid}/withdraw"] = [Roles.Author],
        ["/admin/alerts/export"] = [Roles.Administrator],
        ["/admin/decisions/new"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/details"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/notice"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/sections/{section:regex(^(summary-of-issue|recommendations|key-discussion-points)$)}"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/funding/new"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/funding/{tableId:guid}"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/funding/{tableId:guid}/move"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/funding/{tableId:guid}/delete"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/attachments/new"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/attachments/{attachmentId:guid}/delete"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/delete"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/submit"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/withdraw"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/amend"] = [Roles.Author],
        ["/admin/decisions/{id:guid}/unpublish"] = [Roles.MonitoringOfficer],
        ["/admin/decisions/{id:guid}/notes/{noteId:guid}"] = [Roles.MonitoringOfficer],
        ["/admin/decisions/{id:guid}/sign-off"] = Signers,
        ["/admin/decisions/{id:guid}/return"] = Signers,
        ["/admin/decisions/{id:guid}/sign-off/preview"] = Signers,
        ["/admin/decisions/{id:guid}/category"] = [Roles.Author, Roles.MonitoringOfficer],
        ["/admin/users"] = [Roles.Administrator],
        ["/admin/users/new"] = [Roles.Administrator],
        ["/admin/users/{id}"] = [Roles.Administrator],
        ["/admin/office-holders"] = [Roles.Administrator],
        ["/admin/office-holders/new"] = [Roles.Administrator],
        ["/admin/office-holders/{id:guid}"] = [Roles.Administrator],
        ["/admin/audit"] = [Roles.Administrator],
        ["/admin/import"] = [Roles.Administrator],
        ["/admin/import/{batchId:guid}"] = [Roles.Administrator],
        ["/admin/import/{batchId:guid}/summary.csv"] = [Roles.Administrator],
        ["/admin/decisions/awaiting-review"] = [Roles.Author, Roles.MonitoringOfficer],
        ["/admin/decisions/{id:guid}/review"] = [Roles.Author, Roles.MonitoringOfficer],
    };

    [GeneratedRegex(@"\{(?<name>[^}:?=]+)[^}]*\}")]
    private static partial Regex Parameter();

    private List<string> Routes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => r != "/Index" && !r.StartsWith("/_", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Url(string route) => Parameter().Replace(route, match => match.Groups["name"].Value switch
    {
        "slug" => "EXE0019-24",
        "section" => "recommendations",
        "number" => "1",
        "statusCode" => "404",
        "id" when route.StartsWith("/admin/users", StringComparison.Ordinal) => "no-such-user",
        _ => Guid.NewGuid().ToString(),
    });

    [Fact]
    public void EveryRoute_IsClassified()
    {
        var unclassified = Routes().Where(r => !Allowed.ContainsKey(r)).ToList();

        Assert.True(unclassified.Count == 0, $"Classify these routes in {nameof(AuthorizationMatrixTests)}: {string.Join(", ", unclassified)}");
    }

    [Fact]
    public async Task EveryRoute_TimesEveryVisitor_AnswersAsClassified()
    {
        await App.ImportSeedsAsync();
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = App.CreateAnonymousClient() };
        foreach (var role in Roles.All)
        {
            clients[role] = await AsAsync(role);
        }

        var wrong = new List<string>();
        foreach (var route in Routes().Where(Allowed.ContainsKey))
        {
            var url = Url(route);
            foreach (var (who, client) in clients)
            {
                var response = await client.GetAsync(url);
                var location = response.Headers.Location?.OriginalString ?? "";
                var denied = response.StatusCode is HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/access-denied", StringComparison.Ordinal)));
                var expected = Allowed[route].Contains(who);
                if (denied == expected)
                {
                    wrong.Add($"{who} GET {url}: {(int)response.StatusCode} {location} (expected {(expected ? "allowed" : "denied")})");
                }

                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    wrong.Add($"{who} GET {url}: 500");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryPage_PostWithoutAntiforgeryToken_IsRefused()
    {
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = App.CreateAnonymousClient() };
        foreach (var role in Roles.All)
        {
            clients[role] = await AsAsync(role);
        }

        var accepted = new List<string>();
        // The one-click unsubscribe link takes a mail client's post with no cookie or token, by design (RFC 8058): it
        // ends only the subscription its own secret token names (EmailAlertsTests). Notify's callback carries a bearer
        // token instead of a cookie (EmailAlertNotifyTests).
        string[] noCookie = ["/alerts/unsubscribe/{token}", "/alerts/notify-callback"];
        foreach (var route in Routes().Where(r => Allowed.ContainsKey(r) && !r.StartsWith("/error", StringComparison.Ordinal) && !noCookie.Contains(r)))
        {
            // As someone the route lets in, so that only the missing token can refuse the post.
            var who = Allowed[route].FirstOrDefault(w => w != Anonymous || Allowed[route].Length == Everyone.Length) ?? Anonymous;
            var response = await clients[who].PostAsync(Url(route), new FormUrlEncodedContent([new("Input.Title", "x")]));
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed))
            {
                accepted.Add($"{who} POST {route}: {(int)response.StatusCode}");
            }
        }

        Assert.True(accepted.Count == 0, string.Join("\n", accepted));
    }
}
