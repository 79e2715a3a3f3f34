using System.Text.Json;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Pages.Admin.Decisions.Funding;

namespace DecisionRecords.Tests.Domain;

public class CanonicalContentTests
{
    private static DecisionRecord Record()
    {
        var record = new DecisionRecord(Guid.Parse("7f2b1c4e-0000-4000-8000-000000000001"), "EXE0021-24", "People Zones 2024/2025 Budget", "u", DateTimeOffset.UnixEpoch);
        record.UpdateDetails("People Zones 2024/2025 Budget", new DateOnly(2024, 3, 13), null, ["Kira Hughes"], null);
        record.UpdateSection(RecordSection.SummaryOfIssue, "A budget of £148,000.");
        record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Budget", TableRole.Commitment, ["Description"], ["2024/25"], [""], 1,
            [new FundingLineInput("GROUP", ["Grant funding"], [("2024/25", 120_000_00)])]));
        return record;
    }

    /// <summary>The form signatures were made in before table roles, placement and stated figures existed.</summary>
    private static string FirstForm(DecisionRecord record) => JsonSerializer.Serialize(new
    {
        record.Reference,
        record.Title,
        RecordDate = record.RecordDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ReceivedDate = record.ReceivedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        record.OfficersPresent,
        record.Category,
        record.SummaryOfIssue,
        record.Recommendations,
        record.KeyDiscussionPoints,
        Tables = record.FundingTables.OrderBy(t => t.Position).Select(t => new
        {
            t.Caption,
            IncludeInTotal = true,
            t.TextColumns,
            t.FinancialYears,
            t.AmountHeadings,
            t.AmountColumnsAt,
            Lines = t.OrderedLines.Select(l => new
            {
                l.Group,
                l.Texts,
                Amounts = l.Amounts.OrderBy(a => a.FinancialYear, StringComparer.Ordinal).Select(a => new { a.FinancialYear, a.AmountPence }),
            }),
        }),
        Attachments = record.Attachments.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.FileName, a.SizeBytes }),
    });

    [Fact]
    public void Json_OfARecordTheFirstFormCouldDescribe_IsTheFirstForm_SoEarlierSignaturesStillMatch() =>
        Assert.Equal(FirstForm(Record()), CanonicalContent.Json(Record()));

    [Fact]
    public void Hash_ChangesWithWhatATableIsToTheDecisionAndWhereItStands()
    {
        var record = Record();
        var before = CanonicalContent.Hash(record);
        var table = record.FundingTables.Single();

        record.ReplaceFundingTable(table.Id, FundingTableForm.From(table, 0).ToEdit() with { Role = TableRole.Breakdown, BreakdownOf = "line 4 of Appendix A" });
        var breakdown = CanonicalContent.Hash(record);
        record.ReplaceFundingTable(table.Id, new FundingTableEdit("Budget", TableRole.Commitment, ["Description"], ["2024/25"], [""], 1, []) { Placement = TablePlacement.Appendix });
        var appendix = CanonicalContent.Hash(record);

        Assert.Equal(3, new[] { before, breakdown, appendix }.Distinct().Count());
    }
}
