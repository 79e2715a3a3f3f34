namespace DecisionRecords.Web.Domain;

/// <summary>
/// A funding schedule such as "Table 1" or "Appendix A": text columns, financial-year amount columns and ordered lines.
/// Totals are always computed from the lines, never typed; what the original states is kept beside them.
/// </summary>
public class FundingTable
{
    public const int CaptionMaxLength = 200;
    public const int MaxTextColumns = 6;
    public const int MaxYears = 10;
    public const int HeadingMaxLength = 100;
    public const int MaxLines = 500;
    public const int RoleRuleMaxLength = 1000;
    public const int BreakdownOfMaxLength = 300;
    public const int MeasureMaxLength = 40;

    private FundingTable()
    {
    }

    internal FundingTable(Guid id, Guid decisionRecordId, string caption, int position)
    {
        Id = id;
        DecisionRecordId = decisionRecordId;
        Caption = caption;
        Position = position;
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    public string Caption { get; private set; } = "";

    public int Position { get; internal set; }

    /// <summary>What the table's figures are to the decision; null for an imported table whose role could not be told.</summary>
    public TableRole? Role { get; private set; } = TableRole.Commitment;

    /// <summary>For a commitment: the year columns that count towards the value of the decision.</summary>
    public List<string> CountedYears { get; private set; } = [];

    /// <summary>The importer's rule for the role and counted years, shown as an inference; null when a person set them.</summary>
    public string? RoleRule { get; private set; }

    /// <summary>For a breakdown: what it breaks down, in words.</summary>
    public string? BreakdownOf { get; private set; }

    public TablePlacement Placement { get; private set; } = TablePlacement.Recommendations;

    /// <summary>How many blocks of its section's text come before the table; null puts it after the text.</summary>
    public int? AfterBlock { get; private set; }

    /// <summary>Total rows as the original writes them; the computed totals stand beside them.</summary>
    public List<StatedTableTotal> StatedTotals { get; private set; } = [];

    public List<string> TextColumns { get; private set; } = [];

    /// <summary>Financial years of the amount columns in display order, e.g. "2020/21".</summary>
    public List<string> FinancialYears { get; private set; } = [];

    /// <summary>Optional headings shown instead of the year, such as "Approved spend (£)"; blank means the year itself.</summary>
    public List<string> AmountHeadings { get; private set; } = [];

    /// <summary>How many text columns come before the amount columns; the rest follow them.</summary>
    public int AmountColumnsAt { get; private set; }

    /// <summary>
    /// The measure of each amount column where a year has several ("Net", "VAT", "Gross"); blank for a year's only
    /// column. Empty for a table of one column per year.
    /// </summary>
    public List<string> Measures { get; private set; } = [];

    /// <summary>The unit each amount column is written in, as written ("£000s"); blank for pounds. Empty when all are in pounds.</summary>
    public List<string> Units { get; private set; } = [];

    /// <summary>Where a year has several measures: the one that is the value of the decision; null when the record does not say.</summary>
    public string? ValueMeasure { get; private set; }

    public List<FundingLine> Lines { get; private set; } = [];

    /// <summary>Set by the Monitoring Officer when the whole table is exempt from publication.</summary>
    public string? ExemptReason { get; internal set; }

    /// <summary>What the Monitoring Officer exempted from publication: the reason by the id of the table or of each line.</summary>
    public Dictionary<Guid, string> Exemptions()
    {
        var exemptions = Lines.Where(l => l.ExemptReason is not null).ToDictionary(l => l.Id, l => l.ExemptReason!);
        if (ExemptReason is not null)
        {
            exemptions[Id] = ExemptReason;
        }

        return exemptions;
    }

    /// <summary>The columns in display order, as in the source document.</summary>
    public IReadOnlyList<FundingColumn> Columns()
    {
        var columns = new List<FundingColumn>();
        var at = Math.Clamp(AmountColumnsAt, 0, TextColumns.Count);
        columns.AddRange(TextColumns.Take(at).Select((h, i) => new FundingColumn(false, i, h, null)));
        columns.AddRange(FinancialYears.Select((y, i) => new FundingColumn(true, i, AmountHeading(i), y, MeasureOf(i), UnitOf(i))));
        columns.AddRange(TextColumns.Skip(at).Select((h, i) => new FundingColumn(false, at + i, h, null)));
        return columns;
    }

    public string AmountHeading(int index) =>
        index < AmountHeadings.Count && !string.IsNullOrWhiteSpace(AmountHeadings[index]) ? AmountHeadings[index]
        : MeasureOf(index).Length > 0 ? $"{FinancialYears[index]} {MeasureOf(index)}" : FinancialYears[index];

    public string MeasureOf(int index) => index < Measures.Count ? Measures[index] : "";

    public string UnitOf(int index) => index < Units.Count ? Units[index] : "";

    /// <summary>The key of each amount column: its year, with its measure where the year has several.</summary>
    public IReadOnlyList<string> ColumnKeys() => FinancialYears.Select((y, i) => AmountColumnKey.Of(y, MeasureOf(i))).ToList();

    /// <summary>Whether an amount column counts towards the value of the decision.</summary>
    public bool Counts(string key) =>
        Role == TableRole.Commitment && CountedYears.Contains(AmountColumnKey.YearOf(key))
        && (AmountColumnKey.MeasureOf(key) is var measure && (measure.Length == 0 || measure == ValueMeasure));

    public IEnumerable<FundingLine> OrderedLines => Lines.OrderBy(l => l.Position);

    /// <summary>
    /// Replaces the table's layout and lines with an edited copy; amounts are keyed by financial year. Only through its
    /// record, which allows it only while the record is a draft.
    /// </summary>
    internal void Replace(FundingTableEdit edit)
    {
        if (edit.TextColumns.Count > MaxTextColumns)
        {
            throw new DomainException($"A funding table can have at most {MaxTextColumns} text columns.");
        }

        if (edit.FinancialYears.Count is 0 or > MaxYears)
        {
            throw new DomainException($"A funding table needs between 1 and {MaxYears} financial years.");
        }

        var measures = edit.FinancialYears.Select((_, i) => i < edit.Measures.Count ? edit.Measures[i].Trim() : "").ToList();
        var keys = edit.FinancialYears.Select((y, i) => AmountColumnKey.Of(y, measures[i])).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new DomainException("Each financial year can appear only once in a table, or once for each of its measures.");
        }

        if (measures.Any(m => m.Length > MeasureMaxLength) || edit.Units.Any(u => u.Length > AmountUnit.WrittenMaxLength))
        {
            throw new DomainException($"A measure can be at most {MeasureMaxLength} characters, and a unit {AmountUnit.WrittenMaxLength}.");
        }

        if (edit.ValueMeasure is { } valueMeasure && !measures.Contains(valueMeasure))
        {
            throw new DomainException($"{valueMeasure} is not a measure of this table.");
        }

        if (edit.Lines.Count > MaxLines)
        {
            throw new DomainException($"A funding table can have at most {MaxLines} lines.");
        }

        var counted = edit.Role == TableRole.Commitment ? (edit.CountedYears ?? edit.FinancialYears).Distinct(StringComparer.Ordinal).ToList() : [];
        if (counted.Any(y => !edit.FinancialYears.Contains(y)))
        {
            throw new DomainException("Only a year column of the table can count towards the value of the decision.");
        }

        if (edit.Role == TableRole.Commitment && counted.Count == 0)
        {
            throw new DomainException("At least one year of money this decision commits must count towards its value.");
        }

        Caption = edit.Caption.Trim();
        Role = edit.Role;
        CountedYears = edit.FinancialYears.Where(counted.Contains).ToList();
        RoleRule = Truncate(edit.RoleRule, RoleRuleMaxLength);
        BreakdownOf = edit.Role == TableRole.Breakdown ? Truncate(edit.BreakdownOf?.Trim(), BreakdownOfMaxLength) : null;
        Placement = edit.Placement;
        AfterBlock = edit.AfterBlock is { } after ? Math.Max(0, after) : null;
        StatedTotals = edit.StatedTotals.ToList();
        TextColumns = edit.TextColumns.Select(c => c.Trim()).ToList();
        FinancialYears = edit.FinancialYears.ToList();
        AmountHeadings = FinancialYears.Select((_, i) => i < edit.AmountHeadings.Count ? edit.AmountHeadings[i].Trim() : "").ToList();
        AmountColumnsAt = Math.Clamp(edit.AmountColumnsAt, 0, TextColumns.Count);
        Measures = measures.Any(m => m.Length > 0) ? measures : [];
        var units = FinancialYears.Select((_, i) => i < edit.Units.Count ? edit.Units[i].Trim() : "").ToList();
        Units = units.Any(u => u.Length > 0) ? units : [];
        ValueMeasure = Measures.Count > 0 ? edit.ValueMeasure : null;

        // New lines replace the old ones; the old ones are deleted as orphans when the record is saved.
        Lines.Clear();
        for (var i = 0; i < edit.Lines.Count; i++)
        {
            var input = edit.Lines[i];
            var texts = input.Texts.Take(TextColumns.Count).ToList();
            while (texts.Count < TextColumns.Count)
            {
                texts.Add("");
            }

            var line = new FundingLine(Guid.NewGuid(), Id, i, input.Group, texts);
            foreach (var amount in input.Amounts)
            {
                if (!keys.Contains(AmountColumnKey.Of(amount.Year, amount.Measure)))
                {
                    throw new DomainException($"{AmountColumnKey.Of(amount.Year, amount.Measure)} is not a column of this table.");
                }

                line.Amounts.Add(new FundingAmount(line.Id, amount.Year, amount.Measure ?? "", amount.Pence, amount.Written));
            }

            Lines.Add(line);
        }
    }

    public long? LineAmount(FundingLine line, string key) =>
        line.Amounts.FirstOrDefault(a => a.Key == key)?.AmountPence;

    public bool HasGroups => Lines.Any(l => l.Group is not null);

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > length ? value[..length] : value;
}
