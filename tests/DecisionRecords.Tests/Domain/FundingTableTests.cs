using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Domain;

public class FundingTableTests
{
    private static FundingTable Table(params FundingLineInput[] lines)
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        return record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Appendix A", TableRole.Commitment, ["Service", "Reach"], ["2018/19", "2019/20"], ["", "Budget"], 1, lines));
    }

    [Fact]
    public void Totals_AreComputedPerColumnPerGroupAndOverall()
    {
        var table = Table(
            new FundingLineInput("VICTIMS", ["Victim First", "LLR"], [("2018/19", 57392500), ("2019/20", 54375200)]),
            new FundingLineInput("VICTIMS", ["Paediatric SARC", "East Midlands"], [("2019/20", 2000000)]),
            new FundingLineInput("PREVENTION", ["WIRE", "LLR"], [("2018/19", 3000000), ("2019/20", 0)]));

        Assert.Equal(60392500, table.Totals().ColumnTotalPence("2018/19"));
        Assert.Equal(56375200, table.Totals().ColumnTotalPence("2019/20"));
        Assert.Equal(116767700, table.Totals().GrandTotalPence);
        var groups = table.Totals().Groups();
        Assert.Equal(["VICTIMS", "PREVENTION"], groups.Select(g => g.Key));
        Assert.Equal(57392500, DecisionValue.ColumnTotal(groups[0], "2018/19"));
        Assert.Equal(56375200, DecisionValue.ColumnTotal(groups[0], "2019/20"));
        Assert.Equal(0, DecisionValue.ColumnTotal(groups[1], "2019/20"));
    }

    [Fact]
    public void BlankCell_DiffersFromZero()
    {
        var table = Table(new FundingLineInput(null, ["A", ""], [("2019/20", 0)]));
        var line = table.Lines.Single();
        Assert.Null(table.LineAmount(line, "2018/19"));
        Assert.Equal(0, table.LineAmount(line, "2019/20"));
    }

    [Fact]
    public void Columns_FollowTheSourceLayoutWithAmountHeadings()
    {
        var table = Table();
        Assert.Equal(["Service", "2018/19", "Budget", "Reach"], table.Columns().Select(c => c.Heading));
    }

    [Fact]
    public void Replace_AmountForAYearNotInTheTable_Throws() =>
        Assert.Throws<DomainException>(() => Table(new FundingLineInput(null, ["A", ""], [("2030/31", 1)])));

    [Fact]
    public void Replace_DuplicateYears_Throws()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainException>(() => record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("T", TableRole.Commitment, ["A"], ["2020/21", "2020/21"], [], 1, [])));
    }

    [Fact]
    public void Value_CountsOnlyTheCountedYearsOfCommitments()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Counted", TableRole.Commitment, ["A"], ["2019/20", "2020/21"], [], 1,
            [new FundingLineInput(null, ["x"], [("2019/20", 70), ("2020/21", 100)])])
        { CountedYears = ["2020/21"] });
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Context", TableRole.Context, ["A"], ["2020/21"], [], 1,
            [new FundingLineInput(null, ["y"], [("2020/21", 5000)])]));
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Breakdown", TableRole.Breakdown, ["A"], ["2020/21"], [], 1,
            [new FundingLineInput(null, ["z"], [("2020/21", 60)])])
        { BreakdownOf = "line x of Counted" });

        var value = Web.Services.DecisionValue.Of(record)!;

        Assert.Equal(100, value.ValuePence);
        Assert.False(value.IsStated);
        Assert.Contains("2019/20", value.Basis, StringComparison.Ordinal);
        Assert.Contains("is a breakdown of line x of Counted, so it is not added again", value.Basis, StringComparison.Ordinal);
        Assert.Contains("“Context” is for comparison and is not counted", value.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_IsNotWorkedOutWhileATablesRoleIsUnknown()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Known", TableRole.Commitment, ["A"], ["2020/21"], [], 1,
            [new FundingLineInput(null, ["x"], [("2020/21", 100)])]));
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Unknown", null, ["A"], ["2019/20", "2020/21"], [], 1,
            [new FundingLineInput(null, ["y"], [("2019/20", 5000)])]));

        var value = Web.Services.DecisionValue.Of(record)!;

        Assert.Null(value.ValuePence);
        Assert.Null(value.ItemisedPence);
        Assert.StartsWith("Not worked out", value.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_AStatedValueIsTheHeadlineBesideTheItemisedFunding()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        record.SetStatedValue(new StatedFigure("£140,705.06", 140_705_06, null));
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("", TableRole.Commitment, ["A"], ["2024/25"], [], 1,
            [new FundingLineInput(null, ["x"], [("2024/25", 97_905_01)])]));

        var value = Web.Services.DecisionValue.Of(record)!;

        Assert.Equal(140_705_06, value.ValuePence);
        Assert.True(value.IsStated);
        Assert.Equal(97_905_01, value.ItemisedPence);
    }

    [Fact]
    public void Replace_ACommitmentCountingNoYear_Throws()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        var table = record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("T", TableRole.Commitment, ["A"], ["2020/21"], [], 1, []));
        Assert.Throws<DomainException>(() => record.ReplaceFundingTable(table.Id, new FundingTableEdit("T", TableRole.Commitment, ["A"], ["2020/21"], [], 1, []) { CountedYears = [] }));
        Assert.Throws<DomainException>(() => record.ReplaceFundingTable(table.Id, new FundingTableEdit("T", TableRole.Commitment, ["A"], ["2020/21"], [], 1, []) { CountedYears = ["2030/31"] }));
    }

    [Fact]
    public void EditingANonDraft_Throws()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "Test", "user", DateTimeOffset.UnixEpoch);
        var table = record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("T", TableRole.Commitment, ["A"], ["2020/21"], [], 1, []));
        typeof(DecisionRecord).GetProperty(nameof(DecisionRecord.Status))!.SetValue(record, DecisionStatus.AwaitingAdvice);
        Assert.Throws<DomainException>(() => record.UpdateSection(RecordSection.Recommendations, "x"));
        Assert.Throws<DomainException>(() => record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("x", TableRole.Commitment, ["A"], ["2020/21"], [], 1, [])));
        Assert.Throws<DomainException>(() => record.ReplaceFundingTable(table.Id, new FundingTableEdit("x", TableRole.Commitment, ["A"], ["2020/21"], [], 1, [])));
        Assert.Throws<DomainException>(() => record.EnsureDeletable());
    }
}
