namespace DecisionRecords.Web.Domain;

/// <summary>
/// A funding schedule such as "Table 1" or "Appendix A": text columns, financial-year amount columns and ordered lines.
/// Totals are always computed from the lines, never typed.
/// </summary>
public class FundingTable
{
    public const int CaptionMaxLength = 200;
    public const int MaxTextColumns = 6;
    public const int MaxYears = 10;
    public const int HeadingMaxLength = 100;
    public const int MaxLines = 500;

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

    /// <summary>Whether this table's grand total counts towards the record's total financial commitment.</summary>
    public bool IncludeInTotal { get; private set; } = true;

    public List<string> TextColumns { get; private set; } = [];

    /// <summary>Financial years of the amount columns in display order, e.g. "2020/21".</summary>
    public List<string> FinancialYears { get; private set; } = [];

    /// <summary>Optional headings shown instead of the year, such as "Approved spend (£)"; blank means the year itself.</summary>
    public List<string> AmountHeadings { get; private set; } = [];

    /// <summary>How many text columns come before the amount columns; the rest follow them.</summary>
    public int AmountColumnsAt { get; private set; }

    public List<FundingLine> Lines { get; private set; } = [];

    /// <summary>Set by the Monitoring Officer when the whole table is exempt from publication.</summary>
    public string? ExemptReason { get; internal set; }

    /// <summary>The columns in display order, as in the source document.</summary>
    public IReadOnlyList<FundingColumn> Columns()
    {
        var columns = new List<FundingColumn>();
        var at = Math.Clamp(AmountColumnsAt, 0, TextColumns.Count);
        columns.AddRange(TextColumns.Take(at).Select((h, i) => new FundingColumn(false, i, h, null)));
        columns.AddRange(FinancialYears.Select((y, i) => new FundingColumn(true, i, AmountHeading(i), y)));
        columns.AddRange(TextColumns.Skip(at).Select((h, i) => new FundingColumn(false, at + i, h, null)));
        return columns;
    }

    public string AmountHeading(int index) =>
        index < AmountHeadings.Count && !string.IsNullOrWhiteSpace(AmountHeadings[index]) ? AmountHeadings[index] : FinancialYears[index];

    public IEnumerable<FundingLine> OrderedLines => Lines.OrderBy(l => l.Position);

    /// <summary>Replaces the table's layout and lines with an edited copy; amounts are keyed by financial year.</summary>
    public void Replace(FundingTableEdit edit)
    {
        if (edit.TextColumns.Count > MaxTextColumns)
        {
            throw new DomainException($"A funding table can have at most {MaxTextColumns} text columns.");
        }

        if (edit.FinancialYears.Count is 0 or > MaxYears)
        {
            throw new DomainException($"A funding table needs between 1 and {MaxYears} financial years.");
        }

        if (edit.FinancialYears.Distinct(StringComparer.Ordinal).Count() != edit.FinancialYears.Count)
        {
            throw new DomainException("Each financial year can appear only once in a table.");
        }

        if (edit.Lines.Count > MaxLines)
        {
            throw new DomainException($"A funding table can have at most {MaxLines} lines.");
        }

        Caption = edit.Caption.Trim();
        IncludeInTotal = edit.IncludeInTotal;
        TextColumns = edit.TextColumns.Select(c => c.Trim()).ToList();
        FinancialYears = edit.FinancialYears.ToList();
        AmountHeadings = FinancialYears.Select((_, i) => i < edit.AmountHeadings.Count ? edit.AmountHeadings[i].Trim() : "").ToList();
        AmountColumnsAt = Math.Clamp(edit.AmountColumnsAt, 0, TextColumns.Count);

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
            foreach (var (year, pence) in input.Amounts)
            {
                if (!FinancialYears.Contains(year))
                {
                    throw new DomainException($"{year} is not a column of this table.");
                }

                line.Amounts.Add(new FundingAmount(line.Id, year, pence));
            }

            Lines.Add(line);
        }
    }

    public long? LineAmount(FundingLine line, string year) =>
        line.Amounts.FirstOrDefault(a => a.FinancialYear == year)?.AmountPence;

    public long ColumnTotalPence(string year) =>
        Lines.SelectMany(l => l.Amounts).Where(a => a.FinancialYear == year).Sum(a => a.AmountPence);

    public long GrandTotalPence => Lines.SelectMany(l => l.Amounts).Sum(a => a.AmountPence);

    public bool HasGroups => Lines.Any(l => l.Group is not null);

    /// <summary>Groups in the order their first line appears; lines without a group form an unnamed group.</summary>
    public IReadOnlyList<FundingGroup> Groups() =>
        OrderedLines
            .GroupBy(l => l.Group ?? "")
            .Select(g => new FundingGroup(
                g.Key.Length == 0 ? null : g.Key,
                g.ToList(),
                FinancialYears.ToDictionary(y => y, y => g.SelectMany(l => l.Amounts).Where(a => a.FinancialYear == y).Sum(a => a.AmountPence))))
            .ToList();
}

public sealed record FundingGroup(string? Name, IReadOnlyList<FundingLine> Lines, IReadOnlyDictionary<string, long> SubtotalPence)
{
    public long TotalPence => SubtotalPence.Values.Sum();
}

public sealed record FundingColumn(bool IsAmount, int Index, string Heading, string? FinancialYear);

public sealed record FundingTableEdit(
    string Caption,
    bool IncludeInTotal,
    IReadOnlyList<string> TextColumns,
    IReadOnlyList<string> FinancialYears,
    IReadOnlyList<string> AmountHeadings,
    int AmountColumnsAt,
    IReadOnlyList<FundingLineInput> Lines);

public sealed record FundingLineInput(string? Group, IReadOnlyList<string> Texts, IReadOnlyList<(string Year, long Pence)> Amounts);

public class FundingLine
{
    public const int GroupMaxLength = 100;
    public const int TextMaxLength = 4000;
    public const int ExemptReasonMaxLength = 500;

    private FundingLine()
    {
    }

    internal FundingLine(Guid id, Guid fundingTableId, int position, string? group, List<string> texts)
    {
        Id = id;
        FundingTableId = fundingTableId;
        Position = position;
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        Texts = texts.Select(t => t.Trim()).ToList();
    }

    public Guid Id { get; private set; }

    public Guid FundingTableId { get; private set; }

    public int Position { get; private set; }

    public string? Group { get; private set; }

    /// <summary>Values of the table's text columns, in the same order as <see cref="FundingTable.TextColumns"/>.</summary>
    public List<string> Texts { get; private set; } = [];

    /// <summary>One row per non-blank cell: a blank cell has no row, which differs from £0.00.</summary>
    public List<FundingAmount> Amounts { get; private set; } = [];

    /// <summary>Set by the Monitoring Officer when this line is exempt from publication.</summary>
    public string? ExemptReason { get; internal set; }

    public long TotalPence => Amounts.Sum(a => a.AmountPence);

    public string Text(int column) => column < Texts.Count ? Texts[column] : "";
}

public class FundingAmount
{
    private FundingAmount()
    {
    }

    internal FundingAmount(Guid fundingLineId, string financialYear, long amountPence)
    {
        FundingLineId = fundingLineId;
        FinancialYear = financialYear;
        AmountPence = amountPence;
    }

    public Guid FundingLineId { get; private set; }

    public string FinancialYear { get; private set; } = "";

    public long AmountPence { get; private set; }
}
