using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>Every variant of every seed record, written the other ways offices write it, reads as the same record.</summary>
public class LayoutVariantTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "EXE0003-20.txt", "EXE0005-21.txt", "EXE0019-24.txt", "EXE0021-24.txt" })
        {
            // An axis the seed gives nothing to vary along (no subtotals, no blank amounts) makes no variant of it.
            foreach (var variant in RecordVariants.Of(Seeds.Read(seed)).Where(v => v.Text != Seeds.Read(seed)))
            {
                data.Add(seed, variant.Axis);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_ReadsAsTheSameRecordAsItsSeed(string seed, string axis)
    {
        var original = Seeds.Read(seed);
        var variant = RecordVariants.Of(original).Single(v => v.Axis == axis);

        var expected = RecordProjection.Of(LegacyRecordParser.Parse(original));
        var actual = RecordProjection.Of(LegacyRecordParser.Parse(variant.Text));

        Assert.Equal(expected, actual);
    }

    private static ParsedRecord Parse(string text) => LegacyRecordParser.Parse(text);

    private static IEnumerable<string> Money(Web.Domain.FundingTableEdit table) =>
        table.Lines.Select(l => string.Join(", ", l.Amounts.Select(a => $"{a.Year} {a.Pence}")));

    [Fact]
    public void CountAndPercentageColumns_BesideTheMoney_AreKeptAsTextNeverRefused()
    {
        var seed = Seeds.Read("EXE0003-20.txt");
        var lines = seed.Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("Service area\t", StringComparison.Ordinal));
        var end = lines.FindIndex(header, l => l.StartsWith("TOTAL\t", StringComparison.Ordinal));
        for (var i = header; i <= end; i++)
        {
            var cells = lines[i].Split('\t').ToList();
            var (posts, share) = i == header ? ("No. of posts", "Share of spend") : i == end ? ("", "100%") : ((i - header).ToString(System.Globalization.CultureInfo.InvariantCulture), $"{i - header + 10}%");
            cells.InsertRange(2, [posts, share]);
            lines[i] = string.Join('\t', cells);
        }

        var original = Parse(seed).Tables[0];
        var counted = Parse(string.Join('\n', lines)).Tables[0];

        Assert.Equal(Money(original), Money(counted));
        Assert.Equal(original.FinancialYears, counted.FinancialYears);
        Assert.Equal(["Service area", "No. of posts", "Share of spend", "Service description"], counted.TextColumns);
        Assert.Equal("1", counted.Lines[0].Texts[1]);
        Assert.Equal("11%", counted.Lines[0].Texts[2]);
    }

    [Fact]
    public void TwoColumnsForOneYear_TheSecondIsKeptAsTextAndTheRecordIsRead()
    {
        var text = Seeds.Read("EXE0021-24.txt")
            .Replace("<b>Description</b>\t<b>2024/25</b>", "<b>Description</b>\t<b>2024/25</b>\t<b>2024/25 spent to date</b>", StringComparison.Ordinal)
            .Replace("<b>£120,000.00</b>", "<b>£120,000.00</b>\t£60,000.00", StringComparison.Ordinal);

        var record = Parse(text);

        var table = Assert.Single(record.Tables);
        Assert.Equal(["2024/25"], table.FinancialYears);
        Assert.Equal(120_000_00, table.Lines[0].Amounts.Single().Pence);
        Assert.Contains("2024/25 spent to date", table.TextColumns);
        Assert.Equal("£60,000.00", table.Lines[0].Texts[^1]);
        Assert.Contains(record.Notes, n => n.Kind == Web.Domain.NoteKind.NotUnderstood && n.Text.Contains("second column of amounts for 2024/25", StringComparison.Ordinal));
    }

    [Fact]
    public void TheYearInTheTablesHeading_RatherThanInItsColumns_IsTheYearOfItsAmounts()
    {
        var seed = Seeds.Read("EXE0021-24.txt");
        var variant = seed
            .Replace("<b>Description</b>\t<b>2024/25</b>", "Table 1 - People Zones budget 2024/25\n<b>Description</b>\t<b>Amount (£)</b>", StringComparison.Ordinal);
        Assert.NotEqual(seed, variant);

        var record = Parse(variant);

        Assert.Equal(RecordProjection.Of(Parse(seed), withHeadings: false), RecordProjection.Of(record, withHeadings: false));
        Assert.Equal("Table 1 - People Zones budget 2024/25", record.Tables[0].Caption);
        Assert.DoesNotContain(record.Notes, n => n.Kind == Web.Domain.NoteKind.Inference && n.Table == 0 && n.Text.Contains("no financial year", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralTablesInOneSection_EachStandsWhereItIs()
    {
        var seed = Seeds.Read("EXE0003-20.txt");
        var second = "\nTable 2.\n\nService area\tApproved spend (£)\nEvaluation\t5,000\nTOTAL\t5,000\n\nThe evaluation will report in March.\n";
        var variant = seed.Replace("\nKey discussion points", second + "\nKey discussion points", StringComparison.Ordinal);

        var record = Parse(variant);

        var inRecommendations = record.Tables.Where(t => t.Placement == Web.Domain.TablePlacement.Recommendations).ToList();
        Assert.Equal(["Table 1.", "Table 2."], inRecommendations.Select(t => t.Caption));
        Assert.Equal(Money(Parse(seed).Tables[0]), Money(inRecommendations[0]));
        Assert.Equal(5_000_00, inRecommendations[1].Lines.Single().Amounts.Single().Pence);
        Assert.True(inRecommendations[1].AfterBlock >= inRecommendations[0].AfterBlock);
        Assert.EndsWith("The evaluation will report in March.", record.Recommendations, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingSummaryHeading_IsNotedAndTheTextKept()
    {
        var seed = Seeds.Read("EXE0019-24.txt");
        var record = Parse(seed.Replace("Summary of Issue:\n", "", StringComparison.Ordinal));

        Assert.StartsWith("At the end of the 2023-24 financial year", record.SummaryOfIssue, StringComparison.Ordinal);
        Assert.Equal(Parse(seed).SummaryOfIssue, record.SummaryOfIssue);
        Assert.Contains(record.Notes, n => n.Kind == Web.Domain.NoteKind.Missing && n.Text.Contains("no “Summary of Issue” heading", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatNobodyCouldReadAsADecisionRecord_IsRefusedWithTheReasonAndTheLine()
    {
        var board = Assert.Throws<ImportRefusedException>(() => Parse(Seeds.Read("board-report-2024-03-22.txt")));
        Assert.Contains("not a decision record", board.Message, StringComparison.Ordinal);

        var noDecision = Assert.Throws<ImportRefusedException>(() => Parse(Seeds.Read("EXE0019-24.txt").Replace("\nSupported\n", "\n\n", StringComparison.Ordinal)));
        Assert.Contains("decision", noDecision.Message, StringComparison.Ordinal);
        Assert.NotNull(noDecision.Line);
        Assert.StartsWith($"line {noDecision.Line}: ", noDecision.Message, StringComparison.Ordinal);
    }
}
