using System.Net;
using System.Xml.Linq;
using DecisionRecords.Tests.Infrastructure;

namespace DecisionRecords.Tests.Pages.Decisions;

public class RegisterTests(TestApp app) : PageTest(app)
{
    private async Task<IReadOnlyList<string>> ResultsAsync(string query)
    {
        await App.ImportSeedsAsync();
        var document = await App.CreateAnonymousClient().GetDocumentAsync("/decisions" + query);
        return document.QuerySelectorAll(".app-results h2 a").Select(a => a.GetAttribute("href")!.Replace("/decisions/", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Get_SearchPeopleZones_FindsTheTwoRecordsThatMentionThem() =>
        Assert.Equal(["EXE0005-21", "EXE0021-24"], await ResultsAsync("?q=People+Zones"));

    [Fact]
    public async Task Get_NothingFound_SuggestsWhatToTryAndKeepsTheSearchWhenClearingFilters()
    {
        await App.ImportSeedsAsync();

        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions?q=nothing+like+this&year=2019");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("checking the spelling", main, StringComparison.Ordinal);
        Assert.Contains("fewer", main, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/decisions?q=nothing%20like%20this']"));
    }

    [Fact]
    public async Task Get_SearchByReference_FindsThatRecord() =>
        Assert.Equal(["EXE0019-24"], await ResultsAsync("?q=EXE0019-24"));

    [Fact]
    public async Task Get_FinancialYearOfTheDecision_Filters() =>
        Assert.Equal(["EXE0003-20"], await ResultsAsync("?financial-year=2019/20"));

    [Fact]
    public async Task Get_FundingYear_FindsRecordsWithAmountsInThatYear() =>
        Assert.Equal(["EXE0003-20", "EXE0005-21"], await ResultsAsync("?funding-year=2020%2F21"));

    [Fact]
    public async Task Get_CalendarYearAndAmountRange_Filter()
    {
        Assert.Equal(["EXE0019-24", "EXE0021-24"], await ResultsAsync("?year=2024"));
        Assert.Equal(["EXE0019-24", "EXE0021-24"], await ResultsAsync("?max=150%2C000"));
        Assert.Equal(["EXE0005-21"], await ResultsAsync("?min=500000&max=600000"));
    }

    [Fact]
    public async Task Get_DeliveryOrganisation_Filters() =>
        Assert.Equal(["EXE0003-20"], await ResultsAsync("?organisation=Catch+22"));

    [Fact]
    public async Task Get_UnreadableFilter_Returns400WithAMessageNextToIt()
    {
        var response = await App.CreateAnonymousClient().GetAsync("/decisions?year=twenty&min=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Enter a year like 2024", document.InlineError("year"));
        Assert.Equal("Enter an amount in pounds, like 10,000", document.InlineError("min"));
        Assert.Equal("twenty", document.ValueOf("year"));
    }

    [Fact]
    public async Task Get_DecisionPage_ShowsThePublishedRecordAndLegacyReferencesResolve()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();

        var page = await client.GetDocumentAsync("/decisions/EXE0003-20");

        Assert.Equal("Commissioning Framework", page.QuerySelector("h1")!.TextContent);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("EXE0003/20", text, StringComparison.Ordinal);
        Assert.Contains("£4,395,961.00", text, StringComparison.Ordinal);
        Assert.Contains("£114,843.25", text, StringComparison.Ordinal);
        Assert.Contains("Signed on paper. Name: Angela Perry. Date: 30 March 2020.", text, StringComparison.Ordinal);
        Assert.Contains("Signed on paper. Name: Lord Bach (name not written on the original; the Commissioner on 31 March 2020, from the register's list of office holders). Date: 31 March 2020.", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/decisions/exe0003-20")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/decisions/EXE9999-99")).StatusCode);
    }

    [Fact]
    public async Task Get_Feed_IsAtomWithAnEntryPerDecision()
    {
        await App.ImportSeedsAsync();

        var response = await App.CreateAnonymousClient().GetAsync("/decisions/feed.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Root.Element(atom + required));
        }

        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(atom + "id"));
            Assert.NotNull(e.Element(atom + "title"));
            Assert.True(DateTimeOffset.TryParse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.StartsWith("http", e.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task Get_OpenData_FundingLinesAddUpToTheFundingOverview()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();

        var csv = ParseCsvDocument(await client.GetStringAsync("/funding-lines.csv")).Skip(1).ToList();
        var overview = await client.GetDocumentAsync("/funding");

        // Only the amounts that count towards a decision's value add up on the overview.
        var byYear = csv.Where(r => r[12] == "yes").GroupBy(r => r[9]).ToDictionary(g => g.Key, g => g.Sum(r => decimal.Parse(r[10], System.Globalization.CultureInfo.InvariantCulture)));
        var table = overview.QuerySelectorAll("table")[0];
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var year = row.QuerySelector("th")!.TextContent;
            Assert.Equal(Web.Domain.Money.Format((long)(byYear[year] * 100)), row.QuerySelector("td")!.TextContent);
        }

        Assert.Equal("£4,395,961.00", Web.Domain.Money.Format((long)(csv.Where(r => r[0] == "EXE0003/20" && r[9] == "2020/21" && r[2].StartsWith("Appendix", StringComparison.Ordinal)).Sum(r => decimal.Parse(r[10], System.Globalization.CultureInfo.InvariantCulture)) * 100)));
        Assert.NotNull(overview.QuerySelector("svg[role=img] title"));
        var decisionsResponse = await client.GetAsync("/decisions.csv");
        Assert.Contains("rel=\"license\"", decisionsResponse.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var decisions = await decisionsResponse.Content.ReadAsStringAsync();
        Assert.Equal(4, ParseCsvDocument(decisions).Count - 1);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/decisions.json"));
        Assert.Equal(4, json.RootElement.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task Get_UnchangedPageWithItsETag_Answers304UntilSomethingIsPublished()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var first = await client.GetAsync("/decisions");
        var etag = first.Headers.ETag!;
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/decisions");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        await App.WithDbAsync(async db =>
        {
            db.PublicationChanged(App.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "/decisions");
        afterChange.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(afterChange)).StatusCode);
    }

    [Fact]
    public async Task Get_SitemapAndRobots_ListOnlyPublicPages()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), l => l.Value.EndsWith("/decisions/EXE0021-24", StringComparison.Ordinal));
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
    }

    /// <summary>RFC 4180: quoted cells may hold commas, quotes and line breaks.</summary>
    internal static List<string[]> ParseCsvDocument(string text)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                rows.Add(cells.ToArray());
                cells.Clear();
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(cells.ToArray());
        }

        return rows;
    }

    [Fact]
    public async Task Get_MoreThanOnePage_LinksToTheNextPageKeepingTheSearch()
    {
        await using var small = new TestApp { Settings = { ["PublicSite:PageSize"] = "2" } };
        await small.ImportSeedsAsync();
        var client = small.CreateAnonymousClient();

        var first = await client.GetDocumentAsync("/decisions?outcome=Supported&q=");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/decisions?outcome=Supported&page=2", next);
        var all = await client.GetDocumentAsync("/decisions");
        var second = await client.GetDocumentAsync(all.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.NotEqual(
            all.QuerySelectorAll(".app-results h2 a").Select(a => a.GetAttribute("href")),
            second.QuerySelectorAll(".app-results h2 a").Select(a => a.GetAttribute("href")));
    }
}
