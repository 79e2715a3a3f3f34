using System.Net;
using System.Text;
using System.Text.Json;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Decisions;

/// <summary>
/// A record in thousands, with Net, VAT and Gross columns, that replaces an earlier record: the page, the open data and
/// /funding each say what the original says, and agree with each other; the earlier record links back.
/// </summary>
public class FaithfulOutputsTests(TestApp app) : PageTest(app)
{
    private static string AllYears(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tfoot th").Single(th => th.TextContent.Trim() == "All years").ParentElement!.QuerySelector("td")!.TextContent.Trim();

    private static string Record(string reference, string table, string recommendation, string extra)
    {
        var text = Seeds.Read("EXE0021-24.txt");
        var start = text.IndexOf("<b>Description</b>", StringComparison.Ordinal);
        var end = text.IndexOf("**Key discussion points**", StringComparison.Ordinal);
        return (text[..start].Replace("For the financial year 2024/2025, a budget of £148,000,00 has been approved", recommendation, StringComparison.Ordinal) + table + "\n\n" + extra + "\n\n" + text[end..])
            .Replace("**OPCC Ref:** EXE0021-24", $"**OPCC Ref:** {reference}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordInThousands_WithSeveralMeasures_ThatReplacesAnother_ReadsAlikeEverywhere()
    {
        await App.ImportSeedsAsync();
        var reader = App.CreateAnonymousClient();
        var before = AllYears(await reader.GetDocumentAsync("/funding"));
        var text = Record("EXE0121-24 (Revised)",
            "Item\t2024/25 Net (£000s)\t2024/25 VAT (£000s)\t2024/25 Gross (£000s)\nLaptops\t10\t2\t12\nDesks\t5.5\t1.1\t6.6\nTotal\t15.5\t3.1\t18.6",
            "We recommend approval of the gross cost shown in the table", "This decision replaces EXE0021-24.");

        var outcome = await App.ImportAsync("EXE0121-24.txt", Encoding.UTF8.GetBytes(text));

        Assert.True(outcome.Imported, outcome.Refusal);
        var record = await QueryAsync(db => db.DecisionRecords.SingleAsync(r => r.Slug == "EXE0121-24"));
        Assert.Equal("(Revised)", record.ReferenceMarker);
        var page = await reader.GetDocumentAsync($"/decisions/{record.Slug}");
        var main = page.QuerySelector("main")!.TextContent;

        // The headline is the gross column in pounds; each figure also as written, in its unit.
        var value = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Value of the decision");
        Assert.Contains("£18,600.00", value.TextContent, StringComparison.Ordinal);
        Assert.Contains("EXE0121-24 (Revised)", page.QuerySelectorAll(".govuk-summary-list__row")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("6.6 in £000s", main, StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("main thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("2024/25 Net (£000s) (not counted)", headings);
        Assert.Contains("2024/25 Gross (£000s)", headings);
        Assert.Contains("Only the Gross column", value.TextContent, StringComparison.Ordinal);
        Assert.Contains("The original gives its amounts in £000s (thousands of pounds)", main, StringComparison.Ordinal);

        // Related both ways.
        var related = page.QuerySelector(".app-related")!;
        Assert.Contains("This decision replaces", related.TextContent, StringComparison.Ordinal);
        Assert.Equal("/decisions/EXE0021-24", related.QuerySelector("a")!.GetAttribute("href"));
        var earlier = await reader.GetDocumentAsync("/decisions/EXE0021-24");
        Assert.Contains("Replaced by", earlier.QuerySelector(".app-related")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/decisions/EXE0121-24", earlier.QuerySelector(".app-related a")!.GetAttribute("href"));

        // Open data: each column with its measure and unit; only Gross counts; the value is the page's.
        using var json = JsonDocument.Parse(await reader.GetStringAsync("/decisions.json"));
        var entry = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("reference").GetString() == "EXE0121-24");
        Assert.Equal(18_600m, entry.GetProperty("value").GetProperty("amount").GetDecimal());
        var columns = entry.GetProperty("fundingTables")[0].GetProperty("amountColumns").EnumerateArray().ToList();
        Assert.Equal(["Net", "VAT", "Gross"], columns.Select(c => c.GetProperty("measure").GetString()));
        Assert.All(columns, c => Assert.Equal("£000s", c.GetProperty("unitAsWritten").GetString()));
        Assert.Equal([false, false, true], columns.Select(c => c.GetProperty("countsTowardsValue").GetBoolean()));
        Assert.Equal("replaces", entry.GetProperty("relations")[0].GetProperty("kind").GetString());
        Assert.Equal("EXE0021-24", entry.GetProperty("relations")[0].GetProperty("reference").GetString());
        var earlierEntry = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("reference").GetString() == "EXE0021-24");
        Assert.Equal("replaced by", earlierEntry.GetProperty("relations")[0].GetProperty("kind").GetString());

        // decisions.csv gives the relations both ways too, as the page and the JSON do.
        var decisions = RegisterTests.ParseCsvDocument(await reader.GetStringAsync("/decisions.csv"));
        var relations = Array.IndexOf(decisions[0], "relations");
        Assert.Equal("replaces EXE0021-24", decisions.Single(r => r[0] == "EXE0121-24")[relations]);
        Assert.Equal("replaced by EXE0121-24", decisions.Single(r => r[0] == "EXE0021-24")[relations]);

        var csv = (await reader.GetStringAsync("/funding-lines.csv")).Split('\n').Where(l => l.StartsWith("EXE0121-24", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, csv.Count);
        Assert.Single(csv, l => l.Contains(",6600.00,", StringComparison.Ordinal) && l.Contains(",yes,", StringComparison.Ordinal) && l.TrimEnd().EndsWith("Gross,£000s", StringComparison.Ordinal));
        Assert.Equal(4, csv.Count(l => l.Contains(",no,", StringComparison.Ordinal)));

        // /funding adds the gross column once, in pounds.
        var after = AllYears(await reader.GetDocumentAsync("/funding"));
        Assert.True(Money.TryParsePence(before, out var b) & Money.TryParsePence(after, out var a));
        Assert.Equal(18_600_00L, a - b);
    }

    [Fact]
    public async Task AnOfficer_DraftsATableInThousands_AndSaysWhichRecordItVaries()
    {
        await App.ImportSeedsAsync();
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "A table drafted in thousands");
        var table = (await App.LoadAsync(id)).FundingTables.Single();
        var fields = Admin.Decisions.Funding.EditTests.Layout((await App.LoadAsync(id)).Version, "Budget", ["Description"], ["2024/25"], [""], 1);
        fields["Input.Role"] = "Commitment";
        fields["Input.Unit"] = "£000s";
        fields["Input.Lines[0].Texts[0]"] = "Staff";
        fields["Input.Lines[0].Amounts[0]"] = "250";
        fields["Input.Lines[1].Texts[0]"] = "Equipment";
        fields["Input.Lines[1].Amounts[0]"] = "125.5";
        fields["Input.Lines[2].Texts[0]"] = "Venues";
        fields["Input.Lines[2].Amounts[0]"] = "48.25p";
        var refused = await author.PostFormAsync($"/admin/decisions/{id}/funding/{table.Id}", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var form = await refused.ReadDocumentAsync();
        Assert.Contains("in thousands of pounds (£000s)", form.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("125.5", form.ValueOf("Input_Lines_1__Amounts_0_"));

        fields["Input.Lines[2].Amounts[0]"] = "48.25";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/funding/{table.Id}", fields)).StatusCode);
        var saved = (await App.LoadAsync(id)).FundingTables.Single();
        Assert.Equal([250_000_00L, 125_500_00L, 48_250_00L], saved.OrderedLines.Select(l => l.Amounts.Single().AmountPence));
        Assert.Equal(["£000s"], saved.Units);
        var again = await author.GetDocumentAsync($"/admin/decisions/{id}/funding/{table.Id}");
        Assert.Equal("125.5", again.ValueOf("Input_Lines_1__Amounts_0_"));

        var record = await App.LoadAsync(id);
        var details = await author.PostFormAsync($"/admin/decisions/{id}/details", new()
        {
            ["Input.Title"] = record.Title,
            ["Input.RecordDate.Day"] = "13",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2024",
            ["Input.RelationKind"] = "Varies",
            ["Input.RelatedReference"] = "",
            ["Input.Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.BadRequest, details.StatusCode);
        Assert.Contains("Enter the reference of the earlier decision", (await details.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        details = await author.PostFormAsync($"/admin/decisions/{id}/details", new()
        {
            ["Input.Title"] = record.Title,
            ["Input.RecordDate.Day"] = "13",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2024",
            ["Input.RelationKind"] = "Varies",
            ["Input.RelatedReference"] = "EXE0019-24",
            ["Input.Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, details.StatusCode);
        Assert.Equal([new RecordRelation(RelationKind.Varies, "EXE0019-24")], (await App.LoadAsync(id)).Relations);

        await author.SubmitAsync(App, id);
        await SignAllAsync(id);
        var slug = (await App.LoadAsync(id)).Slug;
        var reader = App.CreateAnonymousClient();
        var page = await reader.GetDocumentAsync($"/decisions/{slug}");
        Assert.Contains("£423,750.00", page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Value of the decision").TextContent, StringComparison.Ordinal);
        Assert.Contains("125.5 in £000s", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/decisions/EXE0019-24", page.QuerySelector(".app-related a")!.GetAttribute("href"));
        var earlier = await reader.GetDocumentAsync("/decisions/EXE0019-24");
        Assert.Contains("Varied by", earlier.QuerySelector(".app-related")!.TextContent, StringComparison.Ordinal);
    }
}
