using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Pages.Admin.Decisions.Funding;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Domain;

public class PastedLinesTests
{
    public static FundingTableForm AppendixLayout() => new()
    {
        Caption = "Appendix A - Commissioning budget 2018-2021 with revised committed figures for 2020-21",
        Columns = ["Service Name", "Current delivery organisation", "Provision", "How service is Commissioned?", "Geographical reach"],
        Years = ["2018/19", "2019/20", "2020/21"],
        AmountHeadings = ["2018/19 budget (£)", "2019/20 budget (£)", "2020/21 budget (£)"],
        AmountColumnsAt = 4,
    };

    [Fact]
    public void Parse_Exe0003Appendix_GivesFourGroupsWithTheSeedSubtotals()
    {
        var form = AppendixLayout();
        var result = PastedLines.Parse(Seeds.Exe0003AppendixRows, form);
        form.Lines = result.Lines;

        Assert.Equal(["Victims Subtotal", "Vulnerable subtotal", "Prevention Sub-total", "Cross cutting sub-total", "Grand Total"], result.Totals);
        Assert.Empty(result.KeptTotals);
        Assert.Equal(6, result.SkippedHeaders); // the header row and its five repeats at page breaks
        Assert.Equal(44, result.Lines.Count);

        var table = new DecisionRecord(Guid.NewGuid(), "EXE0003/20", "Commissioning Framework", "u", DateTimeOffset.UnixEpoch).AddFundingTable(Guid.NewGuid(), form.ToEdit());
        var groups = table.Totals().Groups();
        Assert.Equal(["VICTIMS", "VULNERABLE", "PREVENTION", "CROSS CUTTING"], groups.Select(g => g.Key));
        Assert.Equal([1_386_885_00L, 1_379_712_00L, 1_395_707_00L], Subtotals(groups[0]));
        Assert.Equal([717_931_00L, 827_446_00L, 705_505_00L], Subtotals(groups[1]));
        Assert.Equal([1_077_556_00L, 1_065_956_00L, 1_052_148_00L], Subtotals(groups[2]));
        Assert.Equal([1_101_033_00L, 1_043_436_00L, 1_242_601_00L], Subtotals(groups[3]));
        Assert.Equal(4_283_405_00L, table.Totals().ColumnTotalPence("2018/19"));
        Assert.Equal(4_316_550_00L, table.Totals().ColumnTotalPence("2019/20"));
        Assert.Equal(4_395_961_00L, table.Totals().ColumnTotalPence("2020/21"));

        var paediatric = table.OrderedLines.Single(l => l.Text(0) == "Paediatric SARC");
        Assert.Null(table.LineAmount(paediatric, "2018/19"));
        Assert.Equal("East Midlands", paediatric.Text(4));
        var pave = table.OrderedLines.Single(l => l.Text(0).StartsWith("Proactive Vulnerability", StringComparison.Ordinal));
        Assert.Equal(0, table.LineAmount(pave, "2020/21"));
    }

    [Fact]
    public void Parse_Exe0003Table1_GivesSevenLinesTotalling114843Pounds25()
    {
        var form = new FundingTableForm
        {
            Caption = "Table 1.",
            Columns = ["Service area", "Service description"],
            Years = ["2020/21"],
            AmountHeadings = ["Approved spend (£)"],
            AmountColumnsAt = 1,
        };
        var result = PastedLines.Parse(Seeds.Exe0003Table1Rows, form);
        form.Lines = result.Lines;
        var table = new DecisionRecord(Guid.NewGuid(), "EXE0003/20", "T", "u", DateTimeOffset.UnixEpoch).AddFundingTable(Guid.NewGuid(), form.ToEdit());

        Assert.Equal(7, table.Lines.Count);
        Assert.Equal(114_843_25L, table.Totals().GrandTotalPence);
        Assert.Equal(2_488_25L, table.LineAmount(table.OrderedLines.Single(l => l.Text(0) == "MARAC IDVA"), "2020/21"));
    }

    private static long[] Subtotals(IGrouping<string, PublishedLine> group) => new[] { "2018/19", "2019/20", "2020/21" }.Select(year => DecisionValue.ColumnTotal(group, year)).ToArray();

    private static FundingTableForm Organisations() => new()
    {
        Caption = "Grants",
        Columns = ["Project", "Organisation"],
        Years = ["2024/25", "2025/26", "2026/27"],
        AmountHeadings = ["", "", ""],
        AmountColumnsAt = 2,
    };

    [Fact]
    public void Parse_ALineWhoseNameStartsWithTotal_IsALineNotATotal()
    {
        var rows = "Hate Crime Hub\tLeicestershire Police\t10,000\t10,000\t10,000\n" +
            "Total Place hospital navigators\tUHL\t25,000\t25,000\t25,000\n" +
            "Total\t\t35,000\t35,000\t35,000";

        var result = PastedLines.Parse(rows, Organisations());

        Assert.Equal(["Hate Crime Hub", "Total Place hospital navigators"], result.Lines.Select(l => l.Texts[0]));
        Assert.Equal(["Total"], result.Totals);
    }

    [Fact]
    public void Parse_ATotalRowThatDoesNotAddUp_IsKeptAsALineForTheUserToCheck()
    {
        var rows = "Hate Crime Hub\tLeicestershire Police\t10,000\t\t\nTotal\t\t12,000\t\t";

        var result = PastedLines.Parse(rows, Organisations());

        Assert.Equal(["Hate Crime Hub", "Total"], result.Lines.Select(l => l.Texts[0]));
        Assert.Equal(["Total"], result.KeptTotals);
        Assert.Empty(result.Totals);
    }

    [Fact]
    public void Parse_WithAHeaderRow_MapsColumnsByTheirHeadingsNotTheirOrder()
    {
        // The spreadsheet has the organisation last and the years first; the table has them the other way round.
        var rows = "2024/25\t2025/26\tProject\tOrganisation\n" +
            "10,000\t12,000\tHate Crime Hub\tLeicestershire Police\n" +
            "2,500.5O\t3,000\tASB training\tLeicestershire County Council";

        var result = PastedLines.Parse(rows, Organisations());

        Assert.Equal(1, result.SkippedHeaders);
        Assert.Equal(["Hate Crime Hub", "Leicestershire Police"], result.Lines[0].Texts);
        Assert.Equal(["10,000", "12,000", ""], result.Lines[0].Amounts);
        Assert.Equal(["ASB training", "Leicestershire County Council"], result.Lines[1].Texts);
        Assert.Equal("2,500.5O", result.Lines[1].Amounts[0]);
    }
}
