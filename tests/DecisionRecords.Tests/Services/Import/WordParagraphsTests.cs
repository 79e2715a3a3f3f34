using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>
/// A record from Word reads as Word means it: each paragraph its own, list items from Word's numbering (directly or
/// through a style) as list items, bold as bold; the same as the record exported as text. Tested on documents written
/// by OpenXml and on the same documents saved again by LibreOffice.
/// </summary>
public partial class WordParagraphsTests
{
    private const string ListThenParagraph = "The coordinator will meet the Panel:\n\n- each quarter; and\n- once a year.\n\nThe coordinator will:\n\n1. report to the Commissioner\n2. publish the results\n\nThis is **agreed in full** by the board.\n\n";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Words(string markdown) => Space().Replace(RichText.ToPlainText(markdown), " ").Trim();

    private static string Html(string markdown) => RichText.ToHtml(markdown).ToString()!;

    [GeneratedRegex(@"^(.*key discussion points.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DiscussionHeading();

    private static string WithDiscussion(string seed) =>
        DiscussionHeading().Replace(seed, m => $"{m.Value}\n\n{ListThenParagraph}", 1);

    private static void ReadsAsTheText(string text, ParsedRecord fromWord)
    {
        var fromText = LegacyRecordParser.Parse(text);
        Assert.Equal(fromText.Reference, fromWord.Reference);
        Assert.Equal(fromText.Title, fromWord.Title);
        Assert.Equal(Words(fromText.SummaryOfIssue), Words(fromWord.SummaryOfIssue));
        Assert.Equal(Words(fromText.KeyDiscussionPoints), Words(fromWord.KeyDiscussionPoints));
        Assert.Equal(RichText.CountBlocks(fromText.KeyDiscussionPoints), RichText.CountBlocks(fromWord.KeyDiscussionPoints));
        Assert.Equal(fromText.Tables.Select(t => string.Join(";", t.Lines.Select(l => string.Join(",", l.Amounts.Select(a => a.Pence))))),
            fromWord.Tables.Select(t => string.Join(";", t.Lines.Select(l => string.Join(",", l.Amounts.Select(a => a.Pence))))));
        Assert.Equal(fromText.Outcome, fromWord.Outcome);

        // A list item and the paragraph after it stay apart; the bold run stays bold.
        var discussion = Html(fromWord.KeyDiscussionPoints);
        Assert.Matches(@"<li[^>]*>once a year\.</li>", discussion);
        Assert.Matches(@"<p[^>]*>The coordinator will:</p>", discussion);
        Assert.Matches(@"<ol[^>]*>\s*<li[^>]*>report to the Commissioner</li>", discussion);
        Assert.Matches(@"<strong>agreed in full</strong>", discussion);
        Assert.DoesNotContain("<br", discussion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EXE0021-24.txt")]
    [InlineData("EXE0019-24.txt")]
    [InlineData("EXE0005-21.txt")]
    public void AWordDocument_WithWordsNumberingAndBold_ReadsAsItsText(string seed)
    {
        var text = WithDiscussion(Seeds.Read(seed));
        Assert.Contains("The coordinator will:", text, StringComparison.Ordinal);

        var fromWord = LegacyRecordParser.Parse(DocxText.Read(Docx.FromText(text, asWordWrites: true)));

        ReadsAsTheText(text, fromWord);
    }

    [LibreOfficeFact]
    public async Task AWordDocument_SavedByLibreOffice_ReadsAsItsText()
    {
        var seeds = new[] { "EXE0021-24.txt", "EXE0019-24.txt" };
        var resaved = await LibreOffice.ResavedAsWordAsync(seeds.ToDictionary(s => Path.GetFileNameWithoutExtension(s), s => Docx.FromText(WithDiscussion(Seeds.Read(s)), asWordWrites: true)));

        foreach (var seed in seeds)
        {
            ReadsAsTheText(WithDiscussion(Seeds.Read(seed)), LegacyRecordParser.Parse(DocxText.Read(resaved[Path.GetFileNameWithoutExtension(seed)])));
        }
    }
}
