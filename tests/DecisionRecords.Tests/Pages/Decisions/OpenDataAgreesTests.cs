using System.Net;
using System.Text.Json;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Decisions;

/// <summary>Open data says what the page says.</summary>
public class OpenDataAgreesTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task ReasonsGivenBesideThreeYesAnswers_AreInTheOpenDataAsOnThePage()
    {
        var id = await InSignOffAsync(1, "Three yes answers and one exempt line");
        var exempt = (await App.LoadAsync(id)).FundingTables.Single().OrderedLines.Last();
        var answers = new Dictionary<string, string>(DraftingHelpers.PublishAll)
        {
            [$"Input.Exemptions[{exempt.Id}]"] = "FOIA s40: personal information",
            ["Input.Reasons"] = "One line names a person: Freedom of Information Act 2000, section 40.",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, answers)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.Commissioner)).SignAsync(id)).StatusCode);
        var slug = (await App.LoadAsync(id)).Slug;
        var reader = App.CreateAnonymousClient();

        var page = await reader.GetDocumentAsync($"/decisions/{slug}");
        using var json = JsonDocument.Parse(await reader.GetStringAsync("/decisions.json"));

        Assert.Contains("One line names a person: Freedom of Information Act 2000, section 40.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var entry = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("url").GetString()!.EndsWith($"/decisions/{slug}", StringComparison.Ordinal));
        Assert.Equal("One line names a person: Freedom of Information Act 2000, section 40.", entry.GetProperty("nonPublicationReasons").GetString());
    }
}
