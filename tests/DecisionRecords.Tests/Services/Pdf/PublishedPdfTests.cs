using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DecisionRecords.Tests.Services.Pdf;

public class PublishedPdfTests(TestApp app) : PageTest(app)
{
    private async Task<(byte[] Bytes, string Text, PdfDocument Document)> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var document = PdfDocument.Open(bytes);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return (bytes, text, document);
    }

    private static void AssertTagged(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), "the PDF has no structure tree");
        Assert.True(catalog.ContainsKey(NameToken.Create("MarkInfo")), "the PDF is not marked as tagged");
        Assert.True(catalog.ContainsKey(NameToken.Create("Lang")), "the PDF has no language");
    }

    [ChromiumFact]
    public async Task Get_APdf_SaysWhatThePageSaysOfADetailTheRecordDoesNotGive()
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions/EXE0005-21");
        var (_, text, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0005-21.pdf");
        using var _ = document;

        // EXE0005-21 names no officers present: the page says so, and so does the PDF, rather than leaving a blank.
        var officers = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Officers present").QuerySelector("dd")!.TextContent.Trim();
        Assert.Equal(Web.Services.RecordWording.NotWritten, officers);
        Assert.Contains($"Officers present {Web.Services.RecordWording.NotWritten}", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Get_Exe0003_20Pdf_HasTheRecordInTheSeedOrderWithTheAppendixTotals()
    {
        await App.ImportSeedsAsync();
        var (bytes, text, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0003-20.pdf");
        using var _ = document;

        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        Assert.Equal("EXE0003/20 Commissioning Framework", document.Information.Title);
        Assert.Equal("Decision record EXE0003/20 of the Police and Crime Commissioner for Leicestershire", document.Information.Subject);
        AssertTagged(document);
        foreach (var expected in new[]
        {
            "POLICE AND CRIME COMMISSIONER FOR LEICESTERSHIRE", "DECISION RECORD", "EXE0003/20", "Commissioning Framework",
            "£114,843.25", "£2,488.25", "VICTIMS", "£1,395,707.00", "£705,505.00", "£1,052,148.00", "£1,242,601.00",
            "£4,283,405.00", "£4,316,550.00", "£4,395,961.00", "Paul Hindson", "Angela Perry", "Lord Bach (name not written on the original;", "Supported",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The same order as the paper record: summary, recommendations with Table 1, key discussion points, the
        // approval blocks, then Appendix A, and last the register's notes on it.
        var approval = text.IndexOf("OFFICE OF PCC APPROVAL", StringComparison.Ordinal);
        Assert.True(text.IndexOf("Summary of Issue", StringComparison.Ordinal) < text.IndexOf("£114,843.25", StringComparison.Ordinal));
        Assert.True(text.IndexOf("£114,843.25", StringComparison.Ordinal) < text.IndexOf("Key discussion points", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Key discussion points", StringComparison.Ordinal) < approval);
        Assert.True(text.IndexOf("VICTIMS", StringComparison.Ordinal) > approval);
        Assert.True(text.IndexOf("Notes on this record", StringComparison.Ordinal) > text.LastIndexOf("VICTIMS", StringComparison.Ordinal));
        Assert.Contains("The original record states £4,385,961.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13,110,759", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
        PdfInfoSaysTaggedA4(bytes);

        // The running header stands on every page but the first; the footer on every page.
        var pages = document.GetPages().ToList();
        Assert.Equal("", MarginText(pages[0], top: true));
        Assert.All(pages.Skip(1), page => Assert.Equal("EXE0003/20 Commissioning Framework", MarginText(page, top: true)));
        Assert.All(pages, page => Assert.Equal(
            $"Police and Crime Commissioner for Leicestershire - EXE0003/20 Page {page.Number} of {pages.Count}", MarginText(page, top: false)));
    }

    [ChromiumFact]
    public async Task Get_Exe0003_20Pdf_TagsEveryLetterOrMarksItAnArtifact_AndOnlyTheMarginsAreArtifacts()
    {
        await App.ImportSeedsAsync();
        var (_, _, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0003-20.pdf");
        using var _ = document;
        const double margin = 20 / 25.4 * 72;

        foreach (var page in document.GetPages())
        {
            var elements = Flatten(page.GetMarkedContents()).ToList();
            Assert.Equal(page.Letters.Count, elements.Sum(e => e.Letters.Count));
            var artifacts = elements.Where(e => e.IsArtifact).SelectMany(e => e.Letters).ToList();
            Assert.All(artifacts, letter => Assert.True(
                letter.BoundingBox.Bottom > page.Height - margin || letter.BoundingBox.Top < margin,
                $"page {page.Number}: \"{letter.Value}\" at {letter.BoundingBox.Bottom:0} is an artifact but not in a margin"));
            Assert.Contains($"Page {page.Number} of", string.Concat(artifacts.Select(l => l.Value)), StringComparison.Ordinal);
            Assert.All(elements.Where(e => !e.IsArtifact && e.Letters.Count > 0), e => Assert.True(e.MarkedContentIdentifier >= 0, $"page {page.Number}: tagged text without an MCID"));
        }

        static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements) =>
            elements.SelectMany(e => Flatten(e.Children).Prepend(e));
    }

    [ChromiumFact]
    public async Task Get_Exe0003_20Pdf_NeverLeavesACaptionHeaderOrTotalAloneAndKeepsEachApprovalBlockWhole()
    {
        await App.ImportSeedsAsync();
        var (_, _, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0003-20.pdf");
        using var _ = document;
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();

        // Wherever a table's caption or header row stands, at least two lines of figures follow it on the same page.
        foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
        {
            foreach (var start in new[] { "Table 1.", "Service area Approved", "Appendix A - Commissioning budget 2018-2021 with revised committed figures for 2020-21 Service", "Service Name Current" })
            {
                var at = page.LastIndexOf(start, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var amounts = page[at..].Split(' ').Count(w => w.StartsWith('£') && w.Length > 1);
                    Assert.True(amounts >= 2, $"page {number}: \"{start}\" has {amounts} amounts under it");
                }
            }

            // A total row never starts a page on its own: some line of figures comes before it on the page.
            var body = page[(page.IndexOf("Commissioning Framework", StringComparison.Ordinal) + 1)..];
            foreach (var total in new[] { "Grand total", "VICTIMS subtotal", "Total £114,843.25" })
            {
                var at = body.IndexOf(total, StringComparison.Ordinal);
                if (at >= 0)
                {
                    Assert.True(body[..at].Split(' ').Count(w => w.StartsWith('£')) >= 2, $"page {number}: \"{total}\" stands without the lines above it");
                }
            }
        }

        // Each approval block, heading to date, is on one page.
        foreach (var heading in new[] { "Chief Executive or Chief Finance Officer I have been consulted", "Publication Scheme: Decision of Monitoring Officer", "Police and Crime Commissioner for Leicestershire Having received" })
        {
            var page = Assert.Single(pages, p => p.Contains(heading, StringComparison.Ordinal));
            Assert.Contains("Date:", page[page.IndexOf(heading, StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
    }

    [ChromiumFact]
    public async Task Get_Exe0005_21Pdf_PrintsItsBlankAnswersBlankAndTheInferredNameAsInferred()
    {
        await App.ImportSeedsAsync();
        var (_, text, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0005-21.pdf");
        using var _ = document;

        // Blank in the record, and blank again on its audit certificate.
        var certificateAt = text.IndexOf("Audit certificate", StringComparison.Ordinal);
        Assert.Equal(3, CountOf(text[..certificateAt], ": No answer recorded on the original record"));
        Assert.Equal(3, CountOf(text[certificateAt..], ": No answer recorded on the original record"));
        Assert.DoesNotContain(": Yes", text, StringComparison.Ordinal);
        Assert.Contains("Name: Lord Bach (name not written on the original; the Commissioner on 12 March 2021", text, StringComparison.Ordinal);
        Assert.Contains("Notes on this record", text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The words in the top or bottom 20 mm of a page, where the running header and the footer print.</summary>
    private static string MarginText(UglyToad.PdfPig.Content.Page page, bool top)
    {
        const double margin = 20 / 25.4 * 72;
        return string.Join(" ", page.GetWords()
            .Where(w => top ? w.BoundingBox.Bottom > page.Height - margin : w.BoundingBox.Top < margin)
            .OrderBy(w => -w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text));
    }

    [ChromiumFact]
    public async Task Get_EachSeedPdf_HasItsFiguresSignersAndDecision()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var expectations = new Dictionary<string, string[]>
        {
            ["EXE0005-21"] = ["MUGA", "Outreach", "£50,000.00", "£525,000.00", "Paul Dawkins", "Paul Hindson", "Lord Bach", "Supported"],
            ["EXE0019-24"] = ["CSP 4 Hinckley & Bosworth", "£7,839.07", "£97,905.01", "£140,705.06, as the record states it", "£97,905.00", "Kira Hughes", "Claire Trewartha", "Rupert Matthews"],
            ["EXE0021-24"] = ["£120,000.00", "£3,500.00", "£148,000.00", "“£148,000,00”", "Grant funding", "Pride of place", "Kira Hughes", "Rupert Matthews", "Supported"],
        };
        foreach (var (slug, expected) in expectations)
        {
            var (_, text, document) = await PdfAsync(client, $"/decisions/{slug}.pdf");
            using var _ = document;
            AssertTagged(document);
            Assert.All(expected, e => Assert.True(text.Contains(e, StringComparison.Ordinal), $"{slug}: \"{e}\" is not in {text}"));
        }
    }

    [ChromiumFact]
    public async Task Get_StoredPdf_IsServedAsStoredWithItsHashAsETag()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var first = await client.GetAsync("/decisions/EXE0019-24.pdf");
        var second = await client.GetAsync("/decisions/EXE0019-24.pdf");

        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal($"\"{hash}\"", first.Headers.ETag!.Tag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/decisions/EXE0019-24.pdf");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{hash}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
        var version = await client.GetAsync("/decisions/EXE0019-24/versions/1.pdf");
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.True(version.Headers.CacheControl is { NoCache: true, Public: true, MaxAge: null }, version.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl is { NoCache: true }, first.Headers.CacheControl!.ToString());
    }

    [ChromiumFact]
    public async Task Get_PublicPdf_LeavesOutAnExemptLineAndDraftPreviewIsWatermarked()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Record with an exempt line");
        var preview = await PdfAsync(author, $"/admin/decisions/{id}/preview.pdf");
        using (preview.Document)
        {
            Assert.Contains("DRAFT - NOT FOR PUBLICATION", preview.Text, StringComparison.Ordinal);
            Assert.Equal($"D:{App.Time.GetUtcNow():yyyyMMddHHmmss}Z", preview.Document.Information.CreationDate);
            Assert.Contains("Confidential informant costs", preview.Text, StringComparison.Ordinal);
        }

        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        var line = (await App.LoadAsync(id)).FundingTables.Single().OrderedLines.Last();
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, new(DraftingHelpers.PublishAll)
        {
            [$"Input.Exemptions[{line.Id}]"] = "FOIA s31: law enforcement",
            ["Input.Reasons"] = "One line would prejudice law enforcement.",
        });
        await (await AsAsync(Roles.Commissioner)).SignAsync(id);
        var slug = (await App.LoadAsync(id)).Slug;

        var (bytes, text, document) = await PdfAsync(App.CreateAnonymousClient(), $"/decisions/{slug}.pdf");
        using var _ = document;

        Assert.Contains("Redacted - FOIA s31: law enforcement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential informant costs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("28,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
        Assert.Contains("Signed electronically by Test Monitoring Officer", text, StringComparison.Ordinal);
        Assert.Equal(-1, IndexOf(bytes, "Confidential informant"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, (await App.CreateAnonymousClient().GetAsync($"/admin/decisions/{id}/preview.pdf")).StatusCode);
    }

    [ChromiumFact]
    public async Task Get_PublicPdf_HasAStructureTreeWithHeadingsAndTableHeaderCellsInReadingOrder()
    {
        await App.ImportSeedsAsync();
        var (_, _, document) = await PdfAsync(App.CreateAnonymousClient(), "/decisions/EXE0003-20.pdf");
        using var _ = document;

        var roles = StructureRoles(document);

        Assert.Contains("H1", roles);
        Assert.Contains("H2", roles);
        Assert.Contains("Table", roles);
        Assert.Contains("TH", roles);
        Assert.Contains("TD", roles);
        Assert.Contains("Caption", roles);
        // Reading order follows the document: the heading comes before the first table, and the approval headings after it.
        Assert.True(roles.IndexOf("H1") < roles.IndexOf("Table"));
        Assert.True(roles.LastIndexOf("H2") > roles.IndexOf("Table"));
    }

    /// <summary>The structure element types (/S) in document order, walking the tagged PDF's structure tree.</summary>
    private static List<string> StructureRoles(PdfDocument document)
    {
        var roles = new List<string>();
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken));
        void Walk(IToken token, int depth)
        {
            if (depth > 64 || roles.Count > 20_000)
            {
                return;
            }

            if (token is IndirectReferenceToken reference)
            {
                token = document.Structure.GetObject(reference.Data).Data;
            }

            switch (token)
            {
                case DictionaryToken dictionary:
                    if (dictionary.TryGet(NameToken.Create("S"), out var role) && role is NameToken name)
                    {
                        roles.Add(name.Data);
                    }

                    if (dictionary.TryGet(NameToken.Create("K"), out var kids))
                    {
                        Walk(kids, depth + 1);
                    }

                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        Walk(item, depth + 1);
                    }

                    break;
            }
        }

        Walk(rootToken, 0);
        return roles;
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private static void PdfInfoSaysTaggedA4(byte[] bytes)
    {
        if (!File.Exists("/usr/bin/pdfinfo"))
        {
            return;
        }

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var info = Process.Start(new ProcessStartInfo("pdfinfo", path) { RedirectStandardOutput = true })!;
            var output = info.StandardOutput.ReadToEnd();
            info.WaitForExit();
            Assert.Matches(@"Tagged:\s+yes", output);
            Assert.Contains("(A4)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
