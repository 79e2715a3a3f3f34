using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

public class LegacyRecordParserTests
{
    private static long Total(FundingTableEdit table) => table.Lines.Sum(l => l.Amounts.Sum(a => a.Pence));

    private static long Year(FundingTableEdit table, string year) => table.Lines.Sum(l => l.Amounts.Where(a => a.Year == year).Sum(a => a.Pence));

    [Fact]
    public void Exe0005_21_MultiYearLinesAddTo525000AcrossFourYears()
    {
        var record = LegacyRecordParser.Parse(Seeds.Read("EXE0005-21.txt"));

        Assert.Equal("EXE0005-21", record.Reference);
        Assert.Equal("Police and Crime Commissioners (PCC) Legacy Programme", record.Title);
        Assert.Equal(new DateOnly(2021, 3, 7), record.RecordDate);
        Assert.Equal(new DateOnly(2021, 3, 7), record.ReceivedDate);
        Assert.Empty(record.OfficersPresent);
        var table = Assert.Single(record.Tables);
        Assert.Equal(["Title", "Description", "OPCC resource to develop initiative"], table.TextColumns);
        Assert.Equal(["2020/21", "2021/22", "2022/23", "2023/24"], table.FinancialYears);
        Assert.Equal(2, table.AmountColumnsAt);
        Assert.Equal(["MUGA Courts", "Ex-offenders' Programme", "Community Leadership", "People Zones", "Outreach Programme"], table.Lines.Select(l => l.Texts[0]));
        Assert.Equal(525_000_00L, Total(table));
        Assert.Equal(0L, table.Lines[1].Amounts.Single(a => a.Year == "2020/21").Pence);
        Assert.Equal(200_000_00L, table.Lines[3].Amounts.Sum(a => a.Pence));
        Assert.Equal(new ParsedSignature("Paul Dawkins", new DateOnly(2021, 3, 11), 45), record.Advice);
        Assert.Equal("Paul Hindson", record.Determination!.Name);
        Assert.Equal(new DateOnly(2021, 3, 11), record.Determination.Date);
        Assert.Null(record.Decision!.Name);
        Assert.Equal(new DateOnly(2021, 3, 12), record.Decision.Date);
        Assert.Equal(DecisionOutcome.Supported, record.Outcome);
        Assert.Null(record.PublishRecord);
        Assert.Null(record.PublishReport);
        Assert.Null(record.PublishDetails);
        Assert.Equal("None", record.Reasons);
        Assert.Contains(record.Discrepancies, d => d.Contains("answer to “publish this record of decision” is blank on the original", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Notes, n => n.Kind == NoteKind.Arithmetic);
        Assert.Equal(new StatedFigure("£525,000", 525_000_00L, "the summary of issue: “The items referred to below are those for which a financial commitment of £525,000 in total has been made from the OPCC reserves.”"), record.StatedTotal);
        Assert.Equal(TableRole.Commitment, table.Role);
        Assert.Equal(table.FinancialYears, table.CountedYears);
        Assert.Equal(TablePlacement.SummaryOfIssue, table.Placement);
        Assert.Equal(3, table.AfterBlock);
    }

    [Fact]
    public void Exe0019_24_NineCspLinesAddTo97905Pounds01AgainstAStated97905()
    {
        var record = LegacyRecordParser.Parse(Seeds.Read("EXE0019-24.txt"));

        Assert.Equal("EXE0019-24", record.Reference);
        Assert.Equal("Community Safety Partnership 2023-24 Underspend", record.Title);
        Assert.Equal(new DateOnly(2024, 7, 9), record.RecordDate);
        Assert.Null(record.ReceivedDate);
        Assert.Equal(["Sajan Devshi"], record.OfficersPresent);
        var table = Assert.Single(record.Tables);
        Assert.Equal(["2024/25"], table.FinancialYears);
        Assert.Equal(9, table.Lines.Count);
        Assert.Equal("CSP 4 Hinckley & Bosworth", table.Lines[3].Texts[0]);
        Assert.Equal(7_839_07L, table.Lines[3].Amounts.Single().Pence);
        Assert.Equal(97_905_01L, Total(table));
        Assert.Contains("In the table, the “Total” row gives £97,905.00 for 2024/25; the lines above it add to £97,905.01. (line 45)", record.Discrepancies);
        Assert.Equal([new StatedTableTotal("Total", null, "2024/25", "£97,905.00", 97_905_00L)], table.StatedTotals);
        Assert.Equal("", table.Caption);
        Assert.Equal(TablePlacement.Recommendations, table.Placement);
        Assert.Equal(5, table.AfterBlock);
        Assert.Equal("£140,705.06", record.StatedValue!.Written);
        Assert.Equal(140_705_06L, record.StatedValue.Pence);
        Assert.Contains(record.Notes, n => n.Kind == NoteKind.Inference && n.Concerns == NoteAnchors.Value
            && n.Text.Contains("divide it into £31,000.00, £10,000.00, £1,800.00 and £97,905.00, which add to £140,705.00", StringComparison.Ordinal));
        Assert.Null(record.Reasons);
        Assert.Contains("£31,000.00 to be used to develop a Hate Crime Hub", record.Recommendations, StringComparison.Ordinal);
        Assert.Contains("£10,000.00", record.Recommendations, StringComparison.Ordinal);
        Assert.Contains("£1800.00", record.Recommendations, StringComparison.Ordinal);
        Assert.Equal(new ParsedSignature("Kira Hughes", new DateOnly(2024, 7, 9), 63), record.Advice);
        Assert.Equal("Claire Trewartha", record.Determination!.Name);
        Assert.Equal(new ParsedSignature("Rupert Matthews", new DateOnly(2024, 7, 29), 89), record.Decision);
        Assert.True(record.PublishRecord);
        Assert.True(record.PublishReport);
        Assert.Null(record.PublishDetails);
        Assert.Contains("The original gives no “Received in OPCC Date”. (line 11)", record.Discrepancies);
    }

    [Fact]
    public void Exe0021_24_BudgetAddsTo148000WithTheTypoRead()
    {
        var record = LegacyRecordParser.Parse(Seeds.Read("EXE0021-24.txt"));

        Assert.Equal("EXE0021-24", record.Reference);
        Assert.Equal("People Zones 2024/2025 Budget", record.Title);
        Assert.Equal(new DateOnly(2024, 3, 13), record.RecordDate);
        Assert.Equal(new DateOnly(2024, 3, 25), record.ReceivedDate);
        Assert.Equal(["Siobhan Peters", "Kira Hughes", "Lizzie Starr", "Claire Trewartha", "Sallie Blair", "Grace Strong"], record.OfficersPresent);
        var table = Assert.Single(record.Tables);
        Assert.Equal(["2024/25"], table.FinancialYears);
        Assert.Equal(148_000_00L, Total(table));
        Assert.Equal([120_000_00L, 15_000_00L, 3_500_00L, 8_000_00L, 1_500_00L], table.Lines.Select(l => l.Amounts.Single().Pence));
        Assert.StartsWith("**Community Payback**\n\n", table.Lines[1].Texts[0], StringComparison.Ordinal);
        Assert.Contains("\n\n- New Parks Community Garden\n- Bell Foundry Planter Project\n", table.Lines[1].Texts[0], StringComparison.Ordinal);
        Assert.Contains("Clean Up\n\nThe partnership works as below:\n\n- Funding of materials", table.Lines[1].Texts[0], StringComparison.Ordinal);
        Assert.StartsWith("**Grant funding**\n\nThere will be", table.Lines[0].Texts[0], StringComparison.Ordinal);
        Assert.EndsWith("Bell Foundry themes:\n\n- Pride of place\n- Health and Wellbeing\n- Celebrating the People\n- Community Safety", table.Lines[0].Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<", table.Lines[0].Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("➤", table.Lines[0].Texts[0], StringComparison.Ordinal);
        Assert.Contains("\n\n**Budget**\n\n", record.SummaryOfIssue, StringComparison.Ordinal);
        Assert.Contains("**Intermediate Outcomes:**", record.KeyDiscussionPoints, StringComparison.Ordinal);
        Assert.Equal("£148,000,00", table.StatedTotals.Single().Written);
        Assert.Equal("£3,500.00.", table.Lines[2].Amounts.Single().Written);
        Assert.Contains(record.Discrepancies, d => d.Contains("row writes the 2024/25 total as “£148,000,00”; it is read as £148,000.00", StringComparison.Ordinal));
        Assert.Contains(record.Notes, n => n.Kind == NoteKind.AmountAsWritten && n.Concerns == NoteAnchors.Value && n.Text.Contains("“£148,000,00”", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Notes, n => n.Kind == NoteKind.Arithmetic);
        Assert.Equal(5, table.AfterBlock);
        Assert.Equal(TablePlacement.SummaryOfIssue, table.Placement);
        Assert.Equal(new ParsedSignature("Rupert Matthews", new DateOnly(2024, 8, 20), 105), record.Decision);
    }

    [Fact]
    public void Exe0003_20_BothTablesAndTheStatedTotalThatDoesNotAddUp()
    {
        var record = LegacyRecordParser.Parse(Seeds.Read("EXE0003-20.txt"));

        Assert.Equal("EXE0003/20", record.Reference);
        Assert.Equal(new DateOnly(2020, 2, 18), record.RecordDate);
        Assert.Equal(5, record.OfficersPresent.Count);
        Assert.Equal(2, record.Tables.Count);
        var table1 = record.Tables[0];
        Assert.Equal("Table 1.", table1.Caption);
        Assert.Equal(["Service area", "Service description"], table1.TextColumns);
        Assert.Equal(["Approved spend (£)"], table1.AmountHeadings);
        Assert.Equal(114_843_25L, Total(table1));
        var appendix = record.Tables[1];
        Assert.StartsWith("Appendix A - Commissioning budget 2018-2021", appendix.Caption, StringComparison.Ordinal);
        Assert.Equal(44, appendix.Lines.Count);
        Assert.Equal(["VICTIMS", "VULNERABLE", "PREVENTION", "CROSS CUTTING"], appendix.Lines.Select(l => l.Group).Distinct());
        Assert.Equal(4_283_405_00L, Year(appendix, "2018/19"));
        Assert.Equal(4_316_550_00L, Year(appendix, "2019/20"));
        Assert.Equal(4_395_961_00L, Year(appendix, "2020/21"));
        Assert.Equal(1_395_707_00L, appendix.Lines.Where(l => l.Group == "VICTIMS").Sum(l => l.Amounts.Where(a => a.Year == "2020/21").Sum(a => a.Pence)));
        Assert.Contains(record.Notes, n => n.Kind == NoteKind.Arithmetic && n.Concerns == NoteAnchors.Value
            && n.Text.StartsWith("The record's text states a total of £4,385,961 (", StringComparison.Ordinal) && n.Text.EndsWith("adds to £4,395,961.00.", StringComparison.Ordinal));
        Assert.Contains("The Monitoring Officer's signature is dated 30 March 2020, before the Chief Executive or Chief Finance Officer's (31 March 2020), which comes first in the sequence. (line 78)", record.Discrepancies);
        Assert.Equal(TableRole.Breakdown, table1.Role);
        Assert.StartsWith("the 2020/21 “Emergent issues/ideas/PCC grants top up/ contingency” line of “Appendix A", table1.BreakdownOf, StringComparison.Ordinal);
        Assert.Equal(TablePlacement.Recommendations, table1.Placement);
        Assert.Equal(1, table1.AfterBlock);
        Assert.Equal(TableRole.Commitment, appendix.Role);
        Assert.Equal(["2020/21"], appendix.CountedYears);
        Assert.Equal(TablePlacement.Appendix, appendix.Placement);
        Assert.Contains(new StatedTableTotal("Victims Subtotal", "VICTIMS", "2020/21", "1,395,707", 1_395_707_00L), appendix.StatedTotals);
        Assert.Contains(new StatedTableTotal("Grand Total", null, "2020/21", "4,395,961", 4_395_961_00L), appendix.StatedTotals);
        Assert.Equal("None", record.Reasons);
        Assert.DoesNotContain(record.Discrepancies, d => d.Contains("subtotal", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new ParsedSignature("Paul Hindson", new DateOnly(2020, 3, 31), 58), record.Advice);
        Assert.Equal("Angela Perry", record.Determination!.Name);
        Assert.Null(record.Decision!.Name);
        Assert.Equal(new DateOnly(2020, 3, 31), record.Decision.Date);
    }

    [Fact]
    public void BoardReport_IsRefusedAsNotADecisionRecord()
    {
        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyRecordParser.Parse(Seeds.Read("board-report-2024-03-22.txt")));

        Assert.Contains("not a decision record", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedRecord_IsRefusedWithTheLine()
    {
        var text = Seeds.Read("EXE0019-24.txt").Replace("OPCC Ref: EXE0019-24", "OPCC Ref:", StringComparison.Ordinal);

        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyRecordParser.Parse(text));

        Assert.StartsWith("line ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("OPCC Ref", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13/3/2024", 2024, 3, 13)]
    [InlineData("7 March 2021", 2021, 3, 7)]
    [InlineData("18th February 2020", 2020, 2, 18)]
    [InlineData("12/3/21", 2021, 3, 12)]
    [InlineData("09/07/2024", 2024, 7, 9)]
    [InlineData("31/3/20**", 2020, 3, 31)]
    public void ParseDate_ReadsEveryFormatInTheArchive(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ImportText.ParseDate(text));

    [Theory]
    [InlineData("31/2/2024")]
    [InlineData("")]
    [InlineData("soon")]
    public void ParseDate_NotADate_IsNull(string text) => Assert.Null(ImportText.ParseDate(text));
}
