using System.Text.Json;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Funding;

/// <summary>A decision the Commissioner did not support commits nothing: every public view says so and no total counts it.</summary>
public class NotSupportedTests(TestApp app) : PageTest(app)
{
    private static string AllYears(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tfoot th").Single(th => th.TextContent.Trim() == "All years").ParentElement!.QuerySelector("td")!.TextContent.Trim();

    [Fact]
    public async Task ADecisionNotSupported_IsAProposalEverywhere_AndNoTotalCountsIt()
    {
        var reader = App.CreateAnonymousClient();
        await PublishedRecordAsync("A supported budget");
        var before = AllYears(await reader.GetDocumentAsync("/funding"));

        var id = await InSignOffAsync(2, "A bid the Commissioner turned down");
        await (await AsAsync(Roles.Commissioner)).SignAsync(id, new() { ["Input.Outcome"] = "NotSupported", ["Input.Comments"] = "Bring a revised bid." });
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Published, record.Status);

        var funding = await reader.GetDocumentAsync("/funding");
        Assert.Equal(before, AllYears(funding));
        Assert.Contains("1 published decision was not supported (£148,000.00 proposed) and is left out.", funding.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var page = await reader.GetDocumentAsync($"/decisions/{record.Slug}");
        var value = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Proposed value (not supported)");
        Assert.Contains("The Commissioner did not support this decision, so it commits no money.", value.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("dt"), dt => dt.TextContent.Trim() == "Value of the decision");

        using var json = JsonDocument.Parse(await reader.GetStringAsync("/decisions.json"));
        var entry = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("url").GetString()!.EndsWith($"/decisions/{record.Slug}", StringComparison.Ordinal));
        Assert.Equal("proposed, not supported", entry.GetProperty("value").GetProperty("status").GetString());

        var csv = Decisions.RegisterTests.ParseCsvDocument(await reader.GetStringAsync("/decisions.csv"));
        Assert.Equal("proposed, not supported", csv.Single(r => r[0] == record.Reference)[Array.IndexOf(csv[0], "value_status")]);
        Assert.Contains("proposed value £148,000.00, not supported", await reader.GetStringAsync("/decisions/feed.atom"), StringComparison.Ordinal);
    }
}
