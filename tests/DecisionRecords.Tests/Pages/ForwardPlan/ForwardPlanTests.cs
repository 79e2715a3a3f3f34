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

        // The button's form posts to the item's own address, not to the new-item route the page also answers.
        var button = (await author.GetDocumentAsync($"/admin/forward-plan/{itemId}")).QuerySelectorAll("button").Single(b => b.TextContent.Contains("Start a draft", StringComparison.Ordinal));
        Assert.Equal($"/admin/forward-plan/{itemId}?handler=draft", button.Closest("form")!.GetAttribute("action"));
        var started = await author.PostFormAsync($"/admin/forward-plan/{itemId}?handler=draft", [], $"/admin/forward-plan/{itemId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var recordId = await QueryAsync(db => db.PlanItems.Where(p => p.Id == itemId).Select(p => p.DecisionRecordId!.Value).SingleAsync());
        Assert.Equal($"/admin/decisions/{recordId}", started.Headers.Location!.OriginalString);
        var record = await App.LoadAsync(recordId);
        Assert.Equal("Victims' hub in the city centre", record.Title);
        Assert.Equal("Community safety", record.Category);
        Assert.Equal(["Jane Smith, Head of Commissioning"], record.OfficersPresent);
        Assert.DoesNotContain("Decided", (await App.CreateAnonymousClient().GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{itemId} h3")!.TextContent, StringComparison.Ordinal);
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

    [Fact]
    public async Task AKeyDecisionSigned10DaysAfterItsPlanItem_NeedsAnUrgencyReason_WhichTheMonitoringOfficerThePublicAndThePanelRead()
    {
        var author = await AsAsync(Roles.Author);
        var itemId = await AddAsync(author, Item("Custody suite refurbishment", value: "900,000"));
        var firstPublished = Web.Services.UkTime.DateOf(await QueryAsync(db => db.PlanItems.Where(p => p.Id == itemId).Select(p => p.FirstPublishedAt).SingleAsync()));
        await AddAsync(author, Item("Body-worn video renewal", month: $"{Web.Services.UkTime.Today(Clock).AddMonths(1).Month}", year: $"{Web.Services.UkTime.Today(Clock).AddMonths(1).Year}"));
        Clock.Advance(TimeSpan.FromDays(10));
        author = await AsAsync(Roles.Author);
        await author.PostFormAsync($"/admin/forward-plan/{itemId}?handler=draft", [], $"/admin/forward-plan/{itemId}");
        var recordId = await QueryAsync(db => db.PlanItems.Where(p => p.Id == itemId).Select(p => p.DecisionRecordId!.Value).SingleAsync());
        await author.CompleteAsync(App, recordId);

        // Ten days on the plan is not 28 clear days: the record cannot go for sign-off without the reason.
        var version = async () => (await App.LoadAsync(recordId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var submitted = await author.PostFormAsync($"/admin/decisions/{recordId}/submit", new() { ["version"] = await version() });
        Assert.Equal(DecisionStatus.Draft, (await App.LoadAsync(recordId)).Status);
        var refusal = (submitted.Headers.Location is { } back ? await author.GetDocumentAsync(back.OriginalString) : await submitted.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("is a key decision and has been on the forward plan for 9 clear days", refusal, StringComparison.Ordinal);

        var noReason = await author.PostFormAsync($"/admin/decisions/{recordId}/notice", new()
        {
            ["Input.KeyDecision"] = "yes",
            ["Input.Exception"] = "SpecialUrgency",
            ["Input.Reason"] = "",
            ["Input.Version"] = await version(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var form = await noReason.ReadDocumentAsync();
        Assert.Contains("Enter the reason the decision cannot wait", form.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#Input_Exception-2[checked], input[name='Input.Exception'][value='SpecialUrgency'][checked]"));
        Assert.Contains("9 clear days' notice by today", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        const string reason = "The contractor's fixed price ends on 31 March and the cells fail inspection in April.";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{recordId}/notice", new()
        {
            ["Input.KeyDecision"] = "yes",
            ["Input.Exception"] = "SpecialUrgency",
            ["Input.Reason"] = reason,
            ["Input.Version"] = await version(),
        })).StatusCode);
        await author.SubmitAsync(App, recordId);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(recordId);

        var determination = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync($"/admin/decisions/{recordId}/sign-off");
        var seen = determination.QuerySelector("main")!.TextContent;
        Assert.Contains("Special urgency: " + reason, seen, StringComparison.Ordinal);
        Assert.Contains($"First published on {Web.Services.UkTime.FormatDate(firstPublished)}", seen, StringComparison.Ordinal);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(recordId, DraftingHelpers.PublishAll);
        await (await AsAsync(Roles.Commissioner)).SignAsync(recordId);
        var record = await App.LoadAsync(recordId);
        Assert.Equal(DecisionStatus.Published, record.Status);

        var reader = App.CreateAnonymousClient();
        var page = (await reader.GetDocumentAsync($"/decisions/{record.Slug}")).QuerySelector("main")!.TextContent;
        Assert.Contains("This is a key decision. Its forward plan item is a key decision", page, StringComparison.Ordinal);
        Assert.Contains($"first published on the forward plan on {Web.Services.UkTime.FormatDate(firstPublished)}, 9 clear days before the Commissioner decided it: less than the 28 clear days' notice", page, StringComparison.Ordinal);
        Assert.Contains(reason, page, StringComparison.Ordinal);

        var card = (await reader.GetDocumentAsync("/forward-plan")).QuerySelector($"#item-{itemId}")!;
        Assert.Contains("Decided", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(record.Reference, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Special urgency: " + reason, card.TextContent, StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/decisions.json"));
        var key = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("reference").GetString() == record.Reference).GetProperty("keyDecision");
        Assert.Equal(9, key.GetProperty("clearDaysNotice").GetInt32());
        Assert.Equal("Special urgency", key.GetProperty("exception").GetString());
        Assert.Equal(reason, key.GetProperty("exceptionReason").GetString());

        var decisions = Decisions.RegisterTests.ParseCsvDocument(await reader.GetStringAsync("/decisions.csv"));
        var row = decisions.Single(r => r[0] == record.Reference);
        Assert.Equal(["yes", "9", "Special urgency", reason], new[] { "key_decision", "clear_days_notice", "notice_exception", "notice_exception_reason" }.Select(c => row[Array.IndexOf(decisions[0], c)]));

        var today = Web.Services.UkTime.Today(Clock);
        var start = today.AddMonths(-3);
        var panel = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync($"/admin/reports/panel?From.Day={start.Day}&From.Month={start.Month}&From.Year={start.Year}&To.Day={today.Day}&To.Month={today.Month}&To.Year={today.Year}");
        var withoutNotice = panel.QuerySelector("#notice-caption")!.Closest("table")!.TextContent;
        Assert.Contains(record.Reference, withoutNotice, StringComparison.Ordinal);
        Assert.Contains("(9 clear days)", withoutNotice, StringComparison.Ordinal);
        Assert.Contains("Special urgency: " + reason, withoutNotice, StringComparison.Ordinal);
        Assert.Contains("Body-worn video renewal", panel.QuerySelector("#plan-caption")!.Closest("table")!.TextContent, StringComparison.Ordinal);
        var csv = await (await AsAsync(Roles.MonitoringOfficer)).GetStringAsync($"/admin/reports/panel?format=csv&From.Day={start.Day}&From.Month={start.Month}&From.Year={start.Year}&To.Day={today.Day}&To.Month={today.Month}&To.Year={today.Year}");
        Assert.Contains(",yes,", csv, StringComparison.Ordinal);
        Assert.Contains("Special urgency", csv, StringComparison.Ordinal);
    }
}
