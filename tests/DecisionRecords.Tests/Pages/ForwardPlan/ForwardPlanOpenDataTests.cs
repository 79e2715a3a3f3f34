using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DecisionRecords.Tests.Pages.ForwardPlan;

/// <summary>The public filters the forward plan, downloads it as open data and as a PDF of a past day, and follows it by email.</summary>
public partial class ForwardPlanOpenDataTests(TestApp app) : PageTest(app)
{
    [GeneratedRegex(@"https?://\S+/alerts/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();

    private static Dictionary<string, string> Item(string title, string category, string maker = "Commissioner", string value = "", bool exempt = false) => new()
    {
        ["Input.Title"] = title,
        ["Input.Matter"] = exempt ? "The zqxsecret terms of a settlement" : $"Whether to fund {title.ToLowerInvariant()}",
        ["Input.DecisionMaker"] = maker,
        ["Input.ExpectedDay"] = "",
        ["Input.ExpectedMonth"] = "6",
        ["Input.ExpectedYear"] = "2027",
        ["Input.EstimatedValue"] = value,
        ["Input.SignificantEffect"] = "false",
        ["Input.Category"] = category,
        ["Input.LeadOfficer"] = "Jane Smith",
        ["Input.Documents"] = exempt ? "The zqxsecret settlement paper" : "Business case",
        ["Input.Representations"] = "",
        ["Input.IsExempt"] = exempt ? "true" : "false",
        ["Input.GeneralTerms"] = exempt ? "A settlement with a supplier" : "",
        ["Input.ExemptReason"] = exempt ? "Commercial interests (section 43)" : "",
        ["Input.Version"] = "0",
    };

    private async Task AddAsync(HttpClient author, Dictionary<string, string> fields) =>
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/admin/forward-plan/new", fields)).StatusCode);

    [Fact]
    public async Task Filters_NarrowThePage_TheFeed_AndTheOpenData_AndAnExemptItemStaysInGeneralTerms()
    {
        await using var app = new TestApp();
        var author = await app.SignedInClientAsync(Roles.Author);
        await AddAsync(author, Item("Rural crime drones", "Community safety", value: "650,000"));
        await AddAsync(author, Item("Victims' helpline contract", "Victims and witnesses", maker: "ChiefExecutive"));
        await AddAsync(author, Item("Supplier settlement", "Community safety", exempt: true));
        var reader = app.CreateAnonymousClient();

        var key = await reader.GetDocumentAsync("/forward-plan?key=yes");
        Assert.Contains("1 of 3 items match", key.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rural crime drones", key.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Victims' helpline contract", key.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/forward-plan.csv?key=yes", key.QuerySelectorAll("a").Single(a => a.TextContent == "Download these items as CSV").GetAttribute("href"));

        var words = (await reader.GetDocumentAsync("/forward-plan?q=HELPLINE")).QuerySelector("main")!.TextContent;
        Assert.Contains("Victims' helpline contract", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Rural crime drones", words, StringComparison.Ordinal);
        var secret = (await reader.GetDocumentAsync("/forward-plan?q=zqxsecret")).QuerySelector("main")!.TextContent;
        Assert.Contains("0 of 3 items match", secret, StringComparison.Ordinal);

        var csv = (await reader.GetStringAsync("/forward-plan.csv?category=Community%20safety")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("id,title,matter,decision_maker,expected,key_decision", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.Contains("Rural crime drones", StringComparison.Ordinal) && l.Contains(",2027-06,yes,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.Contains("A settlement with a supplier", StringComparison.Ordinal) && l.Contains("Commercial interests (section 43)", StringComparison.Ordinal));

        var jsonText = await reader.GetStringAsync("/forward-plan.json?maker=ChiefExecutive");
        using var json = System.Text.Json.JsonDocument.Parse(jsonText);
        var only = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Victims' helpline contract", only.GetProperty("title").GetString());
        Assert.Equal("Chief Executive", only.GetProperty("decisionMaker").GetString());
        Assert.Equal("planned", only.GetProperty("status").GetString());
        Assert.Equal("Added to the forward plan", only.GetProperty("history")[0].GetProperty("summary").GetString());

        foreach (var everything in new[] { await reader.GetStringAsync("/forward-plan.json"), await reader.GetStringAsync("/forward-plan.csv"), await reader.GetStringAsync("/forward-plan/feed.atom?category=Community%20safety") })
        {
            Assert.DoesNotContain("zqxsecret", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("Supplier settlement", everything, StringComparison.Ordinal);
        }

        Assert.Equal(2, System.Xml.Linq.XDocument.Parse(await reader.GetStringAsync("/forward-plan/feed.atom?category=Community%20safety")).Root!
            .Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
    }

    [ChromiumFact]
    public async Task ThePlanAsItStoodOnADay_IsAPdfOfEachItemAsItsLastChangeBeforeThenLeftIt()
    {
        var author = await AsAsync(Roles.Author);
        await AddAsync(author, Item("Youth diversion scheme", "Community safety"));
        var id = await QueryAsync(db => db.PlanItems.Where(p => p.Title == "Youth diversion scheme").Select(p => p.Id).SingleAsync());
        var planned = UkTime.Today(Clock);
        Clock.Advance(TimeSpan.FromDays(3));
        author = await AsAsync(Roles.Author);
        var version = await QueryAsync(db => db.PlanItems.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{id}/defer", new()
        {
            ["Input.Month"] = "9",
            ["Input.Year"] = "2027",
            ["Input.Reason"] = "Waiting for the grant letter",
            ["Input.Version"] = $"{version}",
        })).StatusCode);
        await AddAsync(author, Item("Later item", "Community safety"));
        var reader = App.CreateAnonymousClient();

        async Task<string> PdfTextAsync(DateOnly day)
        {
            var response = await reader.GetAsync($"/forward-plan/as-at?Date.Day={day.Day}&Date.Month={day.Month}&Date.Year={day.Year}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }

        var before = await PdfTextAsync(planned);
        Assert.Contains("Youth diversion scheme", before, StringComparison.Ordinal);
        Assert.Contains("June 2027", before, StringComparison.Ordinal);
        Assert.DoesNotContain("September 2027", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Later item", before, StringComparison.Ordinal);

        var after = await PdfTextAsync(UkTime.Today(Clock));
        Assert.Contains("September 2027", after, StringComparison.Ordinal);
        Assert.Contains("Waiting for the grant letter", after, StringComparison.Ordinal);
        Assert.Contains("Later item", after, StringComparison.Ordinal);

        var future = UkTime.Today(Clock).AddDays(1);
        var refused = await reader.GetAsync($"/forward-plan/as-at?Date.Day={future.Day}&Date.Month={future.Month}&Date.Year={future.Year}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("The date must be today or in the past", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{future.Day}", page.ValueOf("Date"));
    }

    [Fact]
    public async Task AFollowerOfKeyDecisions_IsEmailedWhenOneIsPlannedOrChanged_AndNotForOthers()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = new TestApp { Settings = smtp.Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => s.Value) };
        var reader = app.CreateAnonymousClient();
        var plan = await reader.GetDocumentAsync("/forward-plan?key=yes");
        var signUp = plan.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Get emails", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal("/alerts/subscribe?key=yes&plan=yes", signUp);
        var form = await reader.GetDocumentAsync(signUp);
        Assert.Equal("Key decisions on the forward plan", form.QuerySelector("#alert-criteria")!.TextContent.Trim());
        await reader.PostFormAsync(signUp, new() { ["Input.Email"] = "panel.member@test.example", ["Input.Frequency"] = "Immediately" });
        await app.Services.GetRequiredService<Web.Services.OutboxSender>().SendDueAsync(CancellationToken.None);
        var link = new Uri(ConfirmLink().Match(smtp.Received.Single().TextBody ?? "").Value);
        await reader.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! });
        Assert.True(await app.WithDbAsync(db => db.AlertSubscriptions.AnyAsync()));

        var author = await app.SignedInClientAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/admin/forward-plan/new", Item("Custody suite refurbishment", "Community safety", value: "900,000"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/admin/forward-plan/new", Item("Small grants round", "Community safety", value: "20,000"))).StatusCode);

        async Task SendAsync()
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PlanAlerts>().QueueAsync(CancellationToken.None);
            }

            await app.Services.GetRequiredService<Web.Services.OutboxSender>().SendDueAsync(CancellationToken.None);
        }

        await SendAsync();
        await SendAsync();
        var alert = Assert.Single(smtp.Received.Skip(1));
        Assert.Equal("Forward plan: New: Custody suite refurbishment", alert.Subject);
        Assert.Contains("You get these emails about: Key decisions on the forward plan.", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("/forward-plan#item-", alert.TextBody, StringComparison.Ordinal);
        Assert.NotNull(alert.Headers["List-Unsubscribe"]);

        // No register decision is emailed to a list of the plan.
        Assert.Empty(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("New decision")).ToListAsync()));
    }
}
