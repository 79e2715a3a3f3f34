using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>A funding table as published: its role in the value of the decision, where it stands, and its totals as the original states them.</summary>
public sealed record PublishedTable(
    Guid Id,
    string Caption,
    string? RedactedReason,
    TableRole? Role,
    IReadOnlyList<string> CountedYears,
    string? RoleRule,
    string? BreakdownOf,
    TablePlacement Placement,
    int? AfterBlock,
    IReadOnlyList<PublishedColumn> Columns,
    int TextColumnCount,
    IReadOnlyList<PublishedLine> Lines,
    IReadOnlyList<StatedTableTotal> StatedTotals)
{
    /// <param name="applyExemptions">Leave out what the Monitoring Officer exempted; false for officers' previews of the whole table.</param>
    public static PublishedTable From(FundingTable table, bool applyExemptions = true) =>
        From(table, applyExemptions ? table.Exemptions() : new Dictionary<Guid, string>());

    /// <param name="exemptions">Reasons by the id of the table, or of each of its lines, left out of what is published.</param>
    public static PublishedTable From(FundingTable table, IReadOnlyDictionary<Guid, string> exemptions)
    {
        var columns = table.Columns().Select(c => new PublishedColumn(c.IsAmount, c.Heading, c.FinancialYear)).ToList();
        PublishedTable Make(string? redacted, IReadOnlyList<PublishedLine> lines, IReadOnlyList<StatedTableTotal> stated) =>
            new(table.Id, table.Caption, redacted, table.Role, table.CountedYears, table.RoleRule, table.BreakdownOf, table.Placement, table.AfterBlock,
                columns, table.TextColumns.Count, lines, stated);

        if (exemptions.GetValueOrDefault(table.Id) is { } tableReason)
        {
            return Make(tableReason, [], []);
        }

        // An exempt line keeps its place but none of its text, group or figures; totals leave it out, so it cannot be
        // worked out by subtraction; for the same reason the totals the original states are not shown beside them.
        var lines = table.OrderedLines.Select(l => exemptions.GetValueOrDefault(l.Id) is { } reason ? PublishedLine.Redacted(reason) : PublishedLine.From(l)).ToList();
        return Make(null, lines, lines.Any(l => l.RedactedReason is not null) ? [] : table.StatedTotals);
    }

    public long ColumnTotalPence(string year) => DecisionValue.ColumnTotal(Lines, year);

    public long GrandTotalPence => DecisionValue.GrandTotal(Lines);

    public long CountedPence => DecisionValue.Counted(this);

    /// <summary>The lines by group, in the order each group first appears; lines with no group form one with no name ("").</summary>
    public IReadOnlyList<IGrouping<string, PublishedLine>> Groups() => Lines.GroupBy(l => l.Group ?? "").ToList();

    public bool HasRedactions => Lines.Any(l => l.RedactedReason is not null);

    public bool HasGroups => Lines.Any(l => l.Group is not null);

    public bool Counts(string year) => Role == TableRole.Commitment && CountedYears.Contains(year);

    /// <summary>The stated total for a year of the whole table (group null) or of a group, where the original writes one.</summary>
    public StatedTableTotal? StatedTotal(string year, string? group) =>
        StatedTotals.FirstOrDefault(s => s.FinancialYear == year && s.Group == group);
}
