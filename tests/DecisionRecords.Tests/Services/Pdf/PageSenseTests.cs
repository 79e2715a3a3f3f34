using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Tests.Services.Import;
using UglyToad.PdfPig;

namespace DecisionRecords.Tests.Services.Pdf;

/// <summary>
/// The PDF keeps the sense of its pages: no page ends with a heading, a table's caption or its header row standing
/// alone, whatever the record and wherever its page breaks fall. Tried on every seed and on each with more text before
/// its tables and sign-off, so that the breaks fall in other places.
/// </summary>
public partial class PageSenseTests(TestApp app) : PageTest(app)
{
    // 20 mm of page margin at the foot (and head) hold the running footer and header, not the record.
    private const double Margin = 20 / 25.4 * 72;

    private static readonly string[] Headings =
    [
        "Decision of Police and Crime Commissioner", "Summary of Issue", "Recommendations presented", "Key discussion points",
        "OFFICE OF PCC APPROVAL", "Chief Executive or Chief Finance Officer", "Publication Scheme: Decision of Monitoring Officer",
        "Police and Crime Commissioner for Leicestershire", "Notes on this record",
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Words(string text) => Space().Replace(text, " ").Trim();

    /// <summary>The last line of the record's text on each page but the last.</summary>
    private static List<(int Page, string Line)> PageEnds(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var ends = new List<(int, string)>();
        foreach (var page in document.GetPages().Where(p => p.Number < document.NumberOfPages))
        {
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom > Margin && w.BoundingBox.Top < page.Height - Margin).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var bottom = words.Min(w => w.BoundingBox.Bottom);
            ends.Add((page.Number, string.Join(' ', words.Where(w => w.BoundingBox.Bottom < bottom + 4).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
        }

        return ends;
    }

    private async Task AssertPageSenseAsync(string slug)
    {
        var reader = App.CreateAnonymousClient();
        using var json = JsonDocument.Parse(await reader.GetStringAsync("/decisions.json"));
        var entry = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("url").GetString()!.EndsWith($"/decisions/{slug}", StringComparison.Ordinal));
        var alone = Headings.ToList();
        foreach (var table in entry.GetProperty("fundingTables").EnumerateArray())
        {
            alone.Add(table.GetProperty("caption").GetString()!);
        }

        var page = await reader.GetDocumentAsync($"/decisions/{slug}");
        var headerRows = page.QuerySelectorAll("main thead").Select(h => Words(h.TextContent)).ToList();
        var response = await reader.GetAsync($"/decisions/{slug}.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        foreach (var (number, line) in PageEnds(await response.Content.ReadAsByteArrayAsync()))
        {
            var text = Words(line);
            Assert.False(alone.Any(h => h.Length > 0 && Words(h).Equals(text, StringComparison.OrdinalIgnoreCase)), $"{slug}: page {number} ends with the heading “{text}”");
            Assert.False(headerRows.Any(h => text.Split(' ').Length > 1 && h.Contains(text, StringComparison.Ordinal)), $"{slug}: page {number} ends with a table's header row “{text}”");
        }
    }

    public static TheoryData<string, int> Shapes()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in new[] { "EXE0003-20", "EXE0005-21", "EXE0019-24", "EXE0021-24" })
        {
            foreach (var extra in new[] { 0, 5 })
            {
                data.Add(seed, extra);
            }
        }

        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(Shapes))]
    public async Task EverySeed_WhereverItsPagesBreak_EndsNoPageWithAHeadingOrAHeaderRow(string seed, int extraParagraphs)
    {
        await App.ImportSeedsAsync();
        var slug = seed;
        if (extraParagraphs > 0)
        {
            // The same record under another reference, with more text in its summary: its breaks fall elsewhere.
            slug = $"EXE{800 + (extraParagraphs * 10) + Array.IndexOf(["EXE0003-20", "EXE0005-21", "EXE0019-24", "EXE0021-24"], seed)}-{seed[^2..]}";
            var more = string.Concat(Enumerable.Range(1, extraParagraphs).Select(i => $"Paragraph {i} of the background: the partnership met the Commissioner's office to agree how the funding will be reported each quarter and what evidence each partner will give.\n\n"));
            var text = Regex.Replace(Seeds.Read($"{seed}.txt"), @"(?m)^(.*OPCC Ref:\s*(\*\*)?\s*)EXE\d+[-/]\d+", m => m.Groups[1].Value + slug, RegexOptions.None);
            text = Regex.Replace(text, @"(?im)^(.*summary of issue.*)$", m => $"{m.Value}\n\n{more}", RegexOptions.None, TimeSpan.FromSeconds(1));
            var outcome = await App.ImportAsync($"{slug}.txt", Encoding.UTF8.GetBytes(text));
            Assert.True(outcome.Imported, outcome.Refusal);
        }

        await AssertPageSenseAsync(slug);
    }

    [ChromiumTheory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(16)]
    public async Task ARecordDraftedHere_EndsNoPageWithAHeadingOrAHeaderRow(int paragraphs)
    {
        var author = await AsAsync(Web.Data.Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, $"Drafted here with {paragraphs} paragraphs of summary");
        var summary = string.Concat(Enumerable.Range(0, paragraphs + 1).Select(i => $"Paragraph {i}: the partnership met the Commissioner's office to agree how the funding will be reported each quarter and what evidence each partner will give.\n\n"));
        var saved = await author.PostFormAsync($"/admin/decisions/{id}/sections/summary-of-issue", new()
        {
            ["Input.Text"] = summary,
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        await author.SubmitAsync(App, id);
        await SignAllAsync(id);

        await AssertPageSenseAsync((await App.LoadAsync(id)).Slug);
    }
}
