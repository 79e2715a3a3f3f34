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
        Assert.Contains(record.Discrepancies, d => d.Contains("\"publish this record of decision\" is blank", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Discrepancies, d => d.StartsWith("Stated total differs", StringComparison.Ordinal));
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
        Assert.Contains("Stated total differs in \"Table 1\" (line 45): \"Total\" for 2024/25 says £97,905.00; the lines add to £97,905.01", record.Discrepancies);
        Assert.Contains("£31,000.00 to be used to develop a Hate Crime Hub", record.Recommendations, StringComparison.Ordinal);
        Assert.Contains("£10,000.00", record.Recommendations, StringComparison.Ordinal);
        Assert.Contains("£1800.00", record.Recommendations, StringComparison.Ordinal);
        Assert.Equal(new ParsedSignature("Kira Hughes", new DateOnly(2024, 7, 9), 63), record.Advice);
        Assert.Equal("Claire Trewartha", record.Determination!.Name);
        Assert.Equal(new ParsedSignature("Rupert Matthews", new DateOnly(2024, 7, 29), 89), record.Decision);
        Assert.True(record.PublishRecord);
        Assert.True(record.PublishReport);
        Assert.Null(record.PublishDetails);
        Assert.Contains("Missing: no \"Received in OPCC Date\"", record.Discrepancies);
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
        Assert.StartsWith("Community Payback", table.Lines[1].Texts[0], StringComparison.Ordinal);
        Assert.Contains("New Parks Community Garden", table.Lines[1].Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<", table.Lines[0].Texts[0], StringComparison.Ordinal);
        Assert.Contains(record.Discrepancies, d => d.Contains("\"£148,000,00\" read as £148,000.00", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Discrepancies, d => d.StartsWith("Stated total differs", StringComparison.Ordinal));
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
        Assert.Contains("Stated total differs: the text says £4,385,961.00; the nearest total of the funding tables is £4,395,961.00", record.Discrepancies);
        Assert.Contains("Dates out of order: the Monitoring Officer signed on 30 March 2020, before the Chief Executive or Chief Finance Officer on 31 March 2020", record.Discrepancies);
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
