using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>
/// Records as real archives write them: amounts in thousands or millions, several measures for one year, income beside
/// spending, records that replace or vary others. Each reads as the original says, never as something it does not.
/// </summary>
public class FaithfulRecordRoundTwoTests
{
    public static readonly string[] SeedsWithTables = ["EXE0003-20.txt", "EXE0019-24.txt", "EXE0021-24.txt"];

    public static TheoryData<string, string, long> UnitVariants()
    {
        var data = new TheoryData<string, string, long>();
        foreach (var seed in SeedsWithTables)
        {
            foreach (var (unit, scale) in new[] { ("£000s", 1_000L), ("£'000", 1_000L), ("£000", 1_000L), ("£k", 1_000L), ("£m", 1_000_000L), ("£ million", 1_000_000L) })
            {
                // A table with no heading row has nowhere to write its unit.
                if (RecordVariants.InUnits(Seeds.Read(seed), unit, scale) is not null)
                {
                    data.Add(seed, unit, scale);
                }
            }
        }

        return data;
    }

    private static PublishedValue? ValueOf(ParsedRecord parsed)
    {
        var record = new DecisionRecord(Guid.NewGuid(), parsed.Reference, parsed.Title, "import", DateTimeOffset.UnixEpoch);
        foreach (var table in parsed.Tables)
        {
            record.AddFundingTable(Guid.NewGuid(), table);
        }

        return DecisionValue.Of(record);
    }

    [Theory]
    [MemberData(nameof(UnitVariants))]
    public void AmountsInAUnit_ReadAsThePoundsTheyMean_AndKeepTheFigureAsWritten(string seed, string unit, long scale)
    {
        var original = LegacyRecordParser.Parse(Seeds.Read(seed));
        var variant = LegacyRecordParser.Parse(RecordVariants.InUnits(Seeds.Read(seed), unit, scale)!);

        Assert.Equal(original.Tables.Count, variant.Tables.Count);
        for (var t = 0; t < original.Tables.Count; t++)
        {
            Assert.Equal(original.Tables[t].Lines.Select(l => string.Join(",", l.Amounts.Select(a => $"{a.Year}={a.Pence}"))), variant.Tables[t].Lines.Select(l => string.Join(",", l.Amounts.Select(a => $"{a.Year}={a.Pence}"))));
            Assert.All(variant.Tables[t].Units, u => Assert.Equal(unit, u));
            Assert.Equal(original.Tables[t].Role, variant.Tables[t].Role);
        }

        Assert.Equal(ValueOf(original)?.ItemisedPence, ValueOf(variant)?.ItemisedPence);
        Assert.Contains(variant.Notes, n => n.Text.Contains($"in {unit} ({AmountUnit.Describe(unit)})", StringComparison.Ordinal));
    }

    [Fact]
    public void AUnitInTheCaption_ScalesEveryColumn()
    {
        var original = LegacyRecordParser.Parse(Seeds.Read("EXE0021-24.txt"));
        var variant = LegacyRecordParser.Parse(RecordVariants.InUnits(Seeds.Read("EXE0021-24.txt"), "thousands", 1_000, inCaption: true)!);

        var table = Assert.Single(variant.Tables);
        Assert.Equal("Table 9 - amounts in thousands", table.Caption);
        Assert.Equal(original.Tables[0].Lines.Select(l => l.Amounts.Single().Pence), table.Lines.Select(l => l.Amounts.Single().Pence));
        Assert.Equal("120", table.Lines[0].Amounts.Single().Written!.Trim('*'));
    }

    [Fact]
    public void TheIssuesExample_250_125point5_Total423point75_InThousands_IsTheValueInPounds()
    {
        var record = LegacyRecordParser.Parse(WithTable("Line\t2023/24 (£000s)\nStaff\t250\nEquipment\t125.5\nVenues\t48.25\nTotal\t423.75", "The budget is approved"));

        var table = Assert.Single(record.Tables);
        Assert.Equal([250_000_00L, 125_500_00L, 48_250_00L], table.Lines.Select(l => l.Amounts.Single().Pence));
        Assert.Equal("125.5", table.Lines[1].Amounts.Single().Written);
        Assert.Equal(423_750_00L, table.StatedTotals.Single().Pence);
        Assert.Equal(423_750_00L, ValueOf(record)!.ItemisedPence);
        Assert.DoesNotContain(record.Notes, n => n.Kind == NoteKind.Arithmetic);
    }

    [Fact]
    public void AUnitThatCannotBeTold_GivesNoHeadline_RatherThanAWrongOne()
    {
        var text = Seeds.Read("EXE0021-24.txt").Replace("<b>Description</b>\t<b>2024/25</b>", "Table 1 - in £m\n<b>Description</b>\t<b>2024/25 (£000s)</b>", StringComparison.Ordinal);

        var record = LegacyRecordParser.Parse(text);

        var table = Assert.Single(record.Tables);
        Assert.Null(table.Role);
        Assert.Contains("cannot be told", table.RoleRule, StringComparison.Ordinal);
        var value = ValueOf(record)!;
        Assert.Null(value.ItemisedPence);
        Assert.StartsWith("Not worked out", value.Basis, StringComparison.Ordinal);
    }

    private static string WithTable(string table, string recommendation)
    {
        var text = Seeds.Read("EXE0021-24.txt");
        var start = text.IndexOf("<b>Description</b>", StringComparison.Ordinal);
        var end = text.IndexOf("**Key discussion points**", StringComparison.Ordinal);
        return text[..start].Replace("For the financial year 2024/2025, a budget of £148,000,00 has been approved", recommendation, StringComparison.Ordinal) + table + "\n\n" + text[end..];
    }

    public static TheoryData<string, string, string, string?> MeasureShapes() => new()
    {
        { "Net, VAT and Gross, the text naming the gross cost", "Item\tNet (£)\tVAT (£)\tGross (£)\nLaptops\t10,000\t2,000\t12,000\nDesks\t5,000\t1,000\t6,000\nTotal\t15,000\t3,000\t18,000", "We recommend approval of the gross cost shown in Table 1", "Gross" },
        { "Net, VAT and Gross, the text naming none", "Item\tNet (£)\tVAT (£)\tGross (£)\nLaptops\t10,000\t2,000\t12,000\nDesks\t5,000\t1,000\t6,000\nTotal\t15,000\t3,000\t18,000", "We recommend approval of the costs shown", null },
        { "Capital, Revenue and Total, the text naming the total cost", "Scheme\t2024/25 Capital\t2024/25 Revenue\t2024/25 Total\nCameras\t£40,000\t£10,000\t£50,000\nTotal\t£40,000\t£10,000\t£50,000", "The total cost of £50,000 is approved", "Total" },
        { "Budget, Actual and Variance over a two-row heading", "Area\t2023/24\t\t\n\tBudget\tActual\tVariance\nVictims\t£80,000\t£75,000\t£5,000\nPrevention\t£20,000\t£22,000\t(£2,000)", "The budget figure for each area is confirmed", "Budget" },
        { "Original and Revised, the text naming the revised amount", "Grant\tOriginal\tRevised\nCatch 22\t£30,000\t£36,000", "The revised amount for 2024/25 is approved", "Revised" },
        { "Cost, Income and Net, the text naming the net cost", "Project\tCost\tIncome\tNet\nDiversion\t£90,000\t£30,000\t£60,000", "The net cost to the Commissioner is approved", "Net" },
    };

    [Theory]
    [MemberData(nameof(MeasureShapes))]
    public void SeveralMeasuresForOneYear_EachColumnIsAMeasure_AndOnlyTheOneTheTextNamesCounts(string shape, string table, string recommendation, string? valueMeasure)
    {
        var record = LegacyRecordParser.Parse(WithTable(table, recommendation));

        var read = Assert.Single(record.Tables);
        Assert.True(read.Measures.Count(m => m.Length > 0) >= 2, shape);
        Assert.Equal(read.FinancialYears.Count, read.Measures.Count);
        Assert.Equal(TableRole.Commitment, read.Role);
        Assert.Equal(valueMeasure, read.ValueMeasure);
        var value = ValueOf(record)!;
        if (valueMeasure is null)
        {
            Assert.Null(value.ItemisedPence);
            Assert.Contains("does not say which of the", value.Basis, StringComparison.Ordinal);
        }
        else
        {
            var key = read.ColumnKeys[read.Measures.ToList().IndexOf(valueMeasure)];
            Assert.Equal(read.Lines.Sum(l => l.Amounts.Where(a => a.Key == key).Sum(a => a.Pence)), value.ItemisedPence);
        }

        // The original's total row is kept for every column it gives one for, never only the first.
        var totalRow = table.Split('\n').FirstOrDefault(l => l.StartsWith("Total", StringComparison.Ordinal));
        if (totalRow is not null)
        {
            Assert.Equal(totalRow.Split('\t').Length - 1, read.StatedTotals.Count);
        }
    }

    [Fact]
    public void AGrossColumn_ThatIsNetPlusVat_IsNotedAsTheirSum()
    {
        var record = LegacyRecordParser.Parse(WithTable("Item\tNet (£)\tVAT (£)\tGross (£)\nLaptops\t10,000\t2,000\t12,000\nDesks\t5,000\t1,000\t6,000", "We recommend approval of the gross cost"));

        Assert.Contains(record.Notes, n => n.Text.Contains("the Gross column is, on every line, the sum of Net and VAT", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableOfIncome_IsIncome_AndNeverAddedToSpending()
    {
        var text = WithTable("Spend\t2024/25\nStaff\t£100,000\n\nTable 2 - Income\nSource\t2024/25\nHome Office grant\t£150,000", "The budget is approved");

        var record = LegacyRecordParser.Parse(text);

        Assert.Equal([TableRole.Commitment, TableRole.Income], record.Tables.Select(t => t.Role));
        Assert.Equal(100_000_00L, ValueOf(record)!.ItemisedPence);
        Assert.Contains("money the office receives", ValueOf(record)!.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIncomeLine_InATableOfSpending_LeavesNoHeadline_AndIncomeInTheText_IsNoStatedTotal()
    {
        var text = WithTable("Line\t2024/25\nStaff\t£100,000\nGrant income from the Home Office\t£150,000", "Grant income from the Home Office: a total of £150,000 is expected");

        var record = LegacyRecordParser.Parse(text);

        Assert.Null(record.Tables.Single().Role);
        Assert.Contains("is income beside money spent", record.Tables.Single().RoleRule, StringComparison.Ordinal);
        Assert.Null(ValueOf(record)!.ItemisedPence);
        Assert.Null(record.StatedTotal);
    }

    public static TheoryData<string, RelationKind> RelationSentences() => new()
    {
        { "This decision replaces EXE0019-23.", RelationKind.Replaces },
        { "It supersedes decision EXE0019/23 in full.", RelationKind.Replaces },
        { "This record varies EXE0019-23 by extending it to March 2026.", RelationKind.Varies },
        { "This is a variation to EXE0019-23.", RelationKind.Varies },
        { "The Commissioner amends EXE0019-23 as below.", RelationKind.Amends },
        { "This decision revokes EXE0019-23.", RelationKind.Revokes },
    };

    [Theory]
    [MemberData(nameof(RelationSentences))]
    public void ARecordThatSaysItReplacesOrVariesAnother_KeepsTheRelationAndItsSentence(string sentence, RelationKind kind)
    {
        var text = Seeds.Read("EXE0021-24.txt").Replace("**Budget**", $"{sentence}\n\n**Budget**", StringComparison.Ordinal);

        var record = LegacyRecordParser.Parse(text);

        var relation = Assert.Single(record.Relations);
        Assert.Equal(kind, relation.Kind);
        Assert.Equal("EXE0019-23", relation.Reference.Replace('/', '-'));
        Assert.Equal(sentence, relation.Written);
    }

    [Fact]
    public void AMarkerBesideTheReference_IsKeptAsWritten()
    {
        var text = Seeds.Read("EXE0021-24.txt").Replace("**OPCC Ref:** EXE0021-24", "**OPCC Ref:** EXE0021-24 (Revised)", StringComparison.Ordinal);

        var record = LegacyRecordParser.Parse(text);

        Assert.Equal("EXE0021-24", record.Reference);
        Assert.Equal("(Revised)", record.ReferenceMarker);
        Assert.Null(LegacyRecordParser.Parse(Seeds.Read("EXE0021-24.txt")).ReferenceMarker);
    }

    [Fact]
    public void ASignedRecordsRelations_AreContent_AndOnlyADraftChangesThem()
    {
        var record = new DecisionRecord(Guid.NewGuid(), "EXE0001-26", "A record", "author", DateTimeOffset.UnixEpoch);
        var before = CanonicalContent.Hash(record);

        record.SetRelations([new RecordRelation(RelationKind.Replaces, "EXE0019-23")], "(Revised)");

        Assert.NotEqual(before, CanonicalContent.Hash(record));
        Assert.Throws<DomainException>(() => record.SetRelations([new RecordRelation(RelationKind.Varies, "EXE0001-26")], null));
    }
}
