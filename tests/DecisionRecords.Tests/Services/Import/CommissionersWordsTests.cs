using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>What the Commissioner writes with the decision is part of the record: kept as written, and published under it.</summary>
public class CommissionersWordsTests
{
    [Fact]
    public void Parse_WordsBelowTheOutcome_AreKeptAsTheDecisionComments()
    {
        var text = Seeds.Read("EXE0019-24.txt").Replace("\nSupported\n", "\nNot supported\n\nThe bid should come back with revised costs for 2025/26.\n\nSpeak to the Chief Finance Officer first.\n", StringComparison.Ordinal);

        var record = LegacyRecordParser.Parse(text);

        Assert.Equal(DecisionOutcome.NotSupported, record.Outcome);
        Assert.Equal("The bid should come back with revised costs for 2025/26.\n\nSpeak to the Chief Finance Officer first.", record.DecisionComments);
        Assert.Equal("Rupert Matthews", record.Decision!.Name);
    }

    [Fact]
    public void Parse_WordsOnTheOutcomesLine_AreKept_AndAnOutcomeAloneHasNone()
    {
        var text = Seeds.Read("EXE0021-24.txt").Replace("**Supported**", "**Supported**, on condition that the Panel has a report each quarter.", StringComparison.Ordinal);

        Assert.Equal("on condition that the Panel has a report each quarter.", LegacyRecordParser.Parse(text).DecisionComments);
        Assert.Null(LegacyRecordParser.Parse(Seeds.Read("EXE0021-24.txt")).DecisionComments);
        Assert.Null(LegacyRecordParser.Parse(Seeds.Read("EXE0019-24.txt")).DecisionComments);
    }

    [Fact]
    public void Basis_ATableWithoutACaption_IsNamedByItsPlace()
    {
        var record = LegacyRecordParser.Parse(Seeds.Read("EXE0021-24.txt"));
        var draft = new DecisionRecord(Guid.NewGuid(), record.Reference, record.Title, "import", DateTimeOffset.UnixEpoch);
        foreach (var table in record.Tables)
        {
            draft.AddFundingTable(Guid.NewGuid(), table);
        }

        var basis = DecisionValue.Of(draft)!.Basis;

        Assert.DoesNotContain("“”", basis, StringComparison.Ordinal);
        Assert.True(record.Tables.All(t => t.Caption.Length == 0), "the seed's table has no caption");
        Assert.Contains("the record's funding table", basis, StringComparison.Ordinal);
    }

    [Fact]
    public void TheImportReport_CountsItsNotesInGoodEnglish()
    {
        Assert.EndsWith("with 1 discrepancy", new ImportOutcome("a.txt", ImportResult.Imported, "EXE0001-24", null, ["one"]).Line, StringComparison.Ordinal);
        Assert.EndsWith("with 2 discrepancies", new ImportOutcome("a.txt", ImportResult.Imported, "EXE0001-24", null, ["one", "two"]).Line, StringComparison.Ordinal);
    }
}
