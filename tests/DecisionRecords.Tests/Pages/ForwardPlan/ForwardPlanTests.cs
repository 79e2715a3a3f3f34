using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.ForwardPlan;

/// <summary>An officer plans decisions; the public reads the plan by month, with each item's history, and never an exempt matter.</summary>
public class ForwardPlanTests(TestApp app) : PageTest(app)
{
    private static Dictionary<string, string> Item(string title, string month = "3", string year = "2027", string? value = null, bool exempt = false) => new()
    {
        ["Input.Title"] = title,
        ["Input.Matter"] = exempt ? "Terms of the zqxsecret settlement with the supplier" : $"Whether to fund {title.ToLowerInvariant()} for two years",
        ["Input.DecisionMaker"] = "Commissioner",
        ["Input.ExpectedDay"] = "",
        ["Input.ExpectedMonth"] = month,
        ["Input.ExpectedYear"] = year,
        ["Input.EstimatedValue"] = value ?? "",
        ["Input.SignificantEffect"] = "false",
        ["Input.Category"] = "Community safety",
        ["Input.LeadOfficer"] = "Jane Smith, Head of Commissioning",
        ["Input.Documents"] = "Business case",
        ["Input.Representations"] = "Email the office by 1 February 2027",
        ["Input.IsExempt"] = exempt ? "true" : "false",
        ["Input.GeneralTerms"] = exempt ? "A contract matter with a supplier" : "",
        ["Input.ExemptReason"] = exempt ? "Commercial interests (Freedom of Information Act 2000, section 43)" : "",
        ["Input.Version"] = "0",
    };

    private async Task<Guid> AddAsync(HttpClient author, Dictionary<string, string> fields)
    {
        var response = await author.PostFormAsync("/admin/forward-plan/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await QueryAsync(db => db.PlanItems.Where(p => p.Title == fields["Input.Title"]).Select(p => p.Id).SingleAsync());
    }

    [Fact]
    public async Task Author_PlansADecision_WithMistakesFirst_AndThePublicSeesItByMonth_WithItsHistory()
    {
        var author = await AsAsync(Roles.Author);
        var wrong = Item("Youth diversion scheme", month: "13");
        wrong["Input.Title"] = "";
        var refused = await author.PostFormAsync("/admin/forward-plan/new", wrong);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter a title", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the expected month and year", summary, StringComparison.Ordinal);
        Assert.Equal("Jane Smith, Head of Commissioning", page.ValueOf("Input_LeadOfficer"));
        Assert.Equal("13", page.ValueOf("Input_ExpectedMonth"));

        var id = await AddAsync(author, Item("Youth diversion scheme", value: "600,000"));
        var first = await QueryAsync(db => db.PlanItems.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.True(first.IsKeyDecision);
        Assert.Contains("£600,000.00, is at or above the office's threshold of £500,000.00", first.KeyDecisionBecause, StringComparison.Ordinal);

        var reader = App.CreateAnonymousClient();
        var plan = await reader.GetDocumentAsync("/forward-plan");
        Assert.Contains("March 2027", plan.QuerySelectorAll("h2").Select(h => h.TextContent), StringComparer.Ordinal);
        var card = plan.QuerySelector($"#item-{id}")!;
        Assert.Contains("New", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Whether to fund youth diversion scheme for two years", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yes: Its estimated value", card.TextContent, StringComparison.Ordinal);

        // A later change keeps the day it was first published and shows in its history.
        Clock.Advance(TimeSpan.FromDays(30));
        author = await AsAsync(Roles.Author);
        var changed = Item("Youth diversion scheme", month: "5", value: "600,000");
        changed["Input.Version"] = first.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{id}", changed)).StatusCode);
        var stale = await author.PostFormAsync($"/admin/forward-plan/{id}", changed);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this item", (await stale.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var later = (await reader.GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{id}")!;
        Assert.DoesNotContain("New", later.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Expected: “March 2027” to “May 2027”", later.TextContent, StringComparison.Ordinal);
        Assert.Equal(first.FirstPublishedAt, await QueryAsync(db => db.PlanItems.Where(p => p.Id == id).Select(p => p.FirstPublishedAt).SingleAsync()));
        Assert.Equal(2, await QueryAsync(db => db.AuditEvents.CountAsync(e => e.Payload.Contains(id.ToString()))));
    }

    [Fact]
    public async Task ExemptItem_ThePublicReadsOnlyItsGeneralTermsAndReason_InThePageHistoryAndFeed()
    {
        var author = await AsAsync(Roles.Author);
        var id = await AddAsync(author, Item("Supplier settlement", exempt: true));
        var version = await QueryAsync(db => db.PlanItems.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var changed = Item("Supplier settlement", exempt: true);
        changed["Input.Matter"] = "Revised terms of the zqxsecret settlement";
        changed["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{id}", changed)).StatusCode);

        var reader = App.CreateAnonymousClient();
        var plan = await reader.GetStringAsync("/forward-plan");
        var feed = await reader.GetStringAsync("/forward-plan/feed.atom");
        Assert.DoesNotContain("zqxsecret", plan, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zqxsecret", feed, StringComparison.OrdinalIgnoreCase);
        var card = (await reader.GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{id}")!.TextContent;
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = System.Xml.Linq.XDocument.Parse(feed).Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value == $"urn:uuid:{id}").ToString();
        foreach (var text in new[] { card, entry })
        {
            Assert.DoesNotContain("Supplier settlement", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Business case", text, StringComparison.Ordinal);
            Assert.Contains("A contract matter with a supplier", text, StringComparison.Ordinal);
            Assert.Contains("section 43", text, StringComparison.Ordinal);
        }

        Assert.Contains("The exempt description of the matter was changed", card, StringComparison.Ordinal);
        Assert.Contains("Supplier settlement", await (await AsAsync(Roles.MonitoringOfficer)).GetStringAsync("/admin/forward-plan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeferAndWithdraw_NeedAReason_ShowOnThePlan_AndAWithdrawnItemCannotChange()
    {
        var author = await AsAsync(Roles.Author);
        var id = await AddAsync(author, Item("Rural crime vehicles", month: "4"));
        var version = () => QueryAsync(db => db.PlanItems.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        var noReason = await author.PostFormAsync($"/admin/forward-plan/{id}/defer", new() { ["Input.Month"] = "6", ["Input.Year"] = "2027", ["Input.Reason"] = "", ["Input.Version"] = $"{await version()}" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("6", (await noReason.ReadDocumentAsync()).ValueOf("Input_Month"));
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{id}/defer", new() { ["Input.Month"] = "6", ["Input.Year"] = "2027", ["Input.Reason"] = "Waiting for the Home Office grant letter", ["Input.Version"] = $"{await version()}" })).StatusCode);

        var card = (await App.CreateAnonymousClient().GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{id}")!;
        Assert.Contains("Deferred", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for the Home Office grant letter", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("June 2027", card.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{id}/withdraw", new() { ["Input.Reason"] = "The force will buy the vehicles itself", ["Input.Version"] = $"{await version()}" })).StatusCode);
        var changed = Item("Rural crime vehicles");
        changed["Input.Version"] = $"{await version()}";
        var refused = await author.PostFormAsync($"/admin/forward-plan/{id}", changed);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("was withdrawn and cannot be changed", (await refused.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var plan = await App.CreateAnonymousClient().GetDocumentAsync("/forward-plan");
        var withdrawn = plan.QuerySelectorAll("h2").Single(h => h.TextContent == "Withdrawn");
        Assert.NotNull(withdrawn);
        Assert.Contains("The force will buy the vehicles itself", plan.QuerySelector($"#item-{id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordDraftedFromAnItem_CarriesItsTitle_AndOncePublishedThePlanSaysDecided_AndTheRecordSaysItWasPlanned()
    {
        var author = await AsAsync(Roles.Author);
        var itemId = await AddAsync(author, Item("Victims' hub in the city centre", value: "750,000"));
        var firstPublished = await QueryAsync(db => db.PlanItems.Where(p => p.Id == itemId).Select(p => p.FirstPublishedAt).SingleAsync());
        Clock.Advance(TimeSpan.FromDays(40));
        author = await AsAsync(Roles.Author);

        var started = await author.PostFormAsync($"/admin/forward-plan/{itemId}?handler=draft", [], $"/admin/forward-plan/{itemId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var recordId = await QueryAsync(db => db.PlanItems.Where(p => p.Id == itemId).Select(p => p.DecisionRecordId!.Value).SingleAsync());
        Assert.Equal($"/admin/decisions/{recordId}", started.Headers.Location!.OriginalString);
        var record = await App.LoadAsync(recordId);
        Assert.Equal("Victims' hub in the city centre", record.Title);
        Assert.Equal("Community safety", record.Category);
        Assert.Equal(["Jane Smith, Head of Commissioning"], record.OfficersPresent);
        Assert.Null((await App.CreateAnonymousClient().GetDocumentAsync("/forward-plan")).QuerySelectorAll("h2").FirstOrDefault(h => h.TextContent == "Decided"));
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/forward-plan/{itemId}?handler=draft", [], $"/admin/forward-plan/{itemId}")).StatusCode);
        Assert.Equal(1, await QueryAsync(db => db.DecisionRecords.CountAsync(r => r.Title == "Victims' hub in the city centre")));

        await author.CompleteAsync(App, recordId);
        await author.SubmitAsync(App, recordId);
        await SignAllAsync(recordId);

        var reader = App.CreateAnonymousClient();
        var card = (await reader.GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{itemId}")!;
        Assert.Contains("Decided", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        var link = card.QuerySelectorAll("a").Single(a => a.TextContent == record.Reference).GetAttribute("href")!;
        var page = await reader.GetDocumentAsync(link);
        Assert.Contains($"This decision was on the forward plan from {Web.Services.UkTime.FormatDate(Web.Services.UkTime.DateOf(firstPublished))}.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
