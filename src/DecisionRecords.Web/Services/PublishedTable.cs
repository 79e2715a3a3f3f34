using System.Text.Json.Serialization;
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
    IReadOnlyList<StatedTableTotal> StatedTotals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueMeasure = null)
{
    /// <param name="applyExemptions">Leave out what the Monitoring Officer exempted; false for officers' previews of the whole table.</param>
    public static PublishedTable From(FundingTable table, bool applyExemptions = true) =>
        From(table, applyExemptions ? table.Exemptions() : new Dictionary<Guid, string>());

    /// <param name="exemptions">Reasons by the id of the table, or of each of its lines, left out of what is published.</param>
    public static PublishedTable From(FundingTable table, IReadOnlyDictionary<Guid, string> exemptions)
    {
        var columns = table.Columns().Select(c => new PublishedColumn(c.IsAmount, c.Heading, c.FinancialYear,
            c.Measure.Length > 0 ? c.Measure : null, c.Unit.Length > 0 ? c.Unit : null)).ToList();
        PublishedTable Make(string? redacted, IReadOnlyList<PublishedLine> lines, IReadOnlyList<StatedTableTotal> stated) =>
            new(table.Id, table.Caption, redacted, table.Role, table.CountedYears, table.RoleRule, table.BreakdownOf, table.Placement, table.AfterBlock,
                columns, table.TextColumns.Count, lines, stated, table.ValueMeasure);

        if (exemptions.GetValueOrDefault(table.Id) is { } tableReason)
        {
            return Make(tableReason, [], []);
        }

        // An exempt line keeps its place but none of its text, group or figures; totals leave it out, so it cannot be
        // worked out by subtraction; for the same reason the totals the original states are not shown beside them.
        var lines = table.OrderedLines.Select(l => exemptions.GetValueOrDefault(l.Id) is { } reason ? PublishedLine.Redacted(reason) : PublishedLine.From(l)).ToList();
        return Make(null, lines, lines.Any(l => l.RedactedReason is not null) ? [] : table.StatedTotals);
    }

    public long ColumnTotalPence(string key) => DecisionValue.ColumnTotal(Lines, key);

    public long GrandTotalPence => DecisionValue.GrandTotal(Lines);

    public long CountedPence => DecisionValue.Counted(this);

    /// <summary>The lines by group, in the order each group first appears; lines with no group form one with no name ("").</summary>
    public IReadOnlyList<IGrouping<string, PublishedLine>> Groups() => Lines.GroupBy(l => l.Group ?? "").ToList();

    public bool HasRedactions => Lines.Any(l => l.RedactedReason is not null);

    public bool HasGroups => Lines.Any(l => l.Group is not null);

    /// <summary>Whether an amount column, by its key, counts towards the value of the decision.</summary>
    public bool Counts(string key) =>
        Role == TableRole.Commitment && CountedYears.Contains(AmountColumnKey.YearOf(key))
        && (AmountColumnKey.MeasureOf(key) is var measure && (measure.Length == 0 || measure == ValueMeasure));

    /// <summary>The table's measures where a year has several ("Net", "VAT", "Gross"), in order; empty otherwise.</summary>
    public IReadOnlyList<string> Measures => Columns.Where(c => c.Measure is not null).Select(c => c.Measure!).Distinct().ToList();

    /// <summary>A commitment whose years have several measures and whose record does not say which is the value of the decision.</summary>
    public bool MeasureUnknown => Role == TableRole.Commitment && Measures.Count > 0 && (ValueMeasure is null || !Measures.Contains(ValueMeasure));

    /// <summary>The units the amount columns are written in, other than pounds ("£000s").</summary>
    public IReadOnlyList<string> Units => Columns.Where(c => c.Unit is not null).Select(c => c.Unit!).Distinct().ToList();

    /// <summary>A figure under an amount as the original writes it: in its unit, or in a form that had to be read past.</summary>
    public string? AsWritten(PublishedLine line, PublishedColumn column)
    {
        if (column.Key is not { } key || !line.AmountsPence.TryGetValue(key, out var pence))
        {
            return null;
        }

        if (column.Unit is { } unit)
        {
            return $"{line.AmountsWritten?.GetValueOrDefault(key) ?? AmountUnit.Format(pence, unit)} in {unit}";
        }

        return line.WrittenDifferently(key) is { } written ? $"written “{written}” on the original" : null;
    }

    /// <summary>The stated total for a column of the whole table (group null) or of a group, where the original writes one.</summary>
    public StatedTableTotal? StatedTotal(string key, string? group) =>
        StatedTotals.FirstOrDefault(s => s.Key == key && s.Group == group);
}
