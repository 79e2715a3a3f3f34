namespace DecisionRecords.Web.Domain;

/// <summary>A funding table's layout and lines as drafted or read from the archive, applied whole by <see cref="FundingTable.Replace"/>.</summary>
/// <param name="Role">Null only for an imported table whose role could not be told.</param>
public sealed record FundingTableEdit(
    string Caption,
    TableRole? Role,
    IReadOnlyList<string> TextColumns,
    IReadOnlyList<string> FinancialYears,
    IReadOnlyList<string> AmountHeadings,
    int AmountColumnsAt,
    IReadOnlyList<FundingLineInput> Lines)
{
    /// <summary>For a commitment: the year columns that count towards the value of the decision; null means all of them.</summary>
    public IReadOnlyList<string>? CountedYears { get; init; }

    /// <summary>The importer's rule for the role and counted years; null when a person set them.</summary>
    public string? RoleRule { get; init; }

    /// <summary>For a breakdown: what it breaks down, in words.</summary>
    public string? BreakdownOf { get; init; }

    public TablePlacement Placement { get; init; } = TablePlacement.Recommendations;

    /// <summary>How many blocks of its section's text come before the table; null puts it after the text.</summary>
    public int? AfterBlock { get; init; }

    public IReadOnlyList<StatedTableTotal> StatedTotals { get; init; } = [];

    /// <summary>The measure of each amount column, where a year has several; blank or empty otherwise.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>The unit each amount column is written in ("£000s"); blank or empty for pounds.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Where a year has several measures: the one that is the value of the decision; null when not known.</summary>
    public string? ValueMeasure { get; init; }

    public IReadOnlyList<string> ColumnKeys => FinancialYears.Select((y, i) => AmountColumnKey.Of(y, i < Measures.Count ? Measures[i] : "")).ToList();
}
