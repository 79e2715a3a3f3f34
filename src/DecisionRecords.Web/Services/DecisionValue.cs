using System.Globalization;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// How every total on a record and the value of the decision are worked out: the one place. A column adds up the
/// lines the public may see (a redacted line has no amounts, so it is neither counted nor derivable by subtraction).
/// Only the counted year columns of tables of money the decision commits add up to its value; a breakdown of money
/// counted elsewhere and figures for comparison never do. Where the record states its value, the headline is that
/// figure, as stated. Where a table's role is not known, there is no headline rather than a wrong one.
/// </summary>
public static class DecisionValue
{
    public static long LineTotal(PublishedLine line) => line.AmountsPence.Values.Sum();

    /// <summary>An amount column of the table (by its key), or of one group of its lines (a subtotal).</summary>
    public static long ColumnTotal(IEnumerable<PublishedLine> lines, string key) => lines.Sum(l => l.AmountsPence.GetValueOrDefault(key));

    public static long GrandTotal(IEnumerable<PublishedLine> lines) => lines.Sum(LineTotal);

    /// <summary>What a table adds to the value of the decision: the counted columns of a commitment, nothing otherwise.</summary>
    public static long Counted(PublishedTable table) =>
        table.Role == TableRole.Commitment && table.RedactedReason is null
            ? table.Columns.Where(c => c.Key is { } key && table.Counts(key)).Sum(c => ColumnTotal(table.Lines, c.Key!))
            : 0;

    /// <summary>For officers: the value of the record as it stands, nothing exempted.</summary>
    public static PublishedValue? Of(DecisionRecord record) =>
        Of(record.FundingTables.OrderBy(t => t.Position).Select(t => PublishedTable.From(t, applyExemptions: false)).ToList(), record.StatedValue, record.StatedTotal);

    public static PublishedValue? Of(IReadOnlyList<PublishedTable> tables, StatedFigure? stated, StatedFigure? statedTotal)
    {
        if (tables.Count == 0 && stated is null && statedTotal is null)
        {
            return null;
        }

        var unknown = tables.Where(t => (t.Role is null || t.MeasureUnknown) && t.RedactedReason is null).ToList();
        var commitments = tables.Where(t => t.Role == TableRole.Commitment && !t.MeasureUnknown && t.RedactedReason is null).ToList();
        long? itemised = unknown.Count > 0 || commitments.Count == 0 ? null : commitments.Sum(t => t.CountedPence);
        var basis = Basis(tables, unknown, commitments);
        if (stated?.Pence is { } statedPence)
        {
            var itemisedNote = itemised is { } i && i != statedPence ? $" The itemised funding adds to {Money.Format(i)}." : "";
            return new PublishedValue(statedPence, true, itemised, stated, statedTotal, $"As the record states it{(stated.Where is null ? "" : $" ({stated.Where})")}.{itemisedNote} {basis}".Trim());
        }

        return new PublishedValue(itemised, false, itemised, stated, statedTotal, basis);
    }

    private static string Basis(IReadOnlyList<PublishedTable> tables, List<PublishedTable> unknown, List<PublishedTable> commitments)
    {
        // A table without a caption is named by its place, never as “”.
        string Name(PublishedTable table) => !string.IsNullOrWhiteSpace(table.Caption) ? Quote(table.Caption)
            : tables.Count == 1 ? "the record's funding table" : $"the record's funding table {tables.ToList().IndexOf(table) + 1}";

        if (unknown.Count > 0)
        {
            var roles = unknown.Where(t => t.Role is null).ToList();
            var measures = unknown.Where(t => t.Role is not null).ToList();
            return "Not worked out:"
                + (roles.Count > 0 ? $" it is not known whether {Join(roles.Select(t => Name(t)))} is money this decision commits, a breakdown or figures for comparison." : "")
                + string.Concat(measures.Select(t => $" the record does not say which of the {Join(t.Measures)} columns of {Name(t)} is the value of the decision."));
        }

        var measureParts = new List<string>();
        if (commitments.Count == 0)
        {
            return tables.Count == 0 ? "" : "None of the record's tables is money this decision commits.";
        }

        foreach (var table in commitments.Where(t => t.Measures.Count > 0))
        {
            var others = table.Measures.Where(m => m != table.ValueMeasure).ToList();
            measureParts.Add($"Only the {table.ValueMeasure} {(table.CountedYears.Count == 1 ? "column" : "columns")} of {Name(table)} {(table.CountedYears.Count == 1 ? "counts" : "count")}; {Join(others)} {(others.Count == 1 ? "is" : "are")} shown as the original gives {(others.Count == 1 ? "it" : "them")}.");
        }

        var parts = new List<string>
        {
            $"Worked out from {Join(commitments.Select(t => CountedWords(t, Name(t))))}.",
        };
        parts.AddRange(measureParts);
        foreach (var table in tables.Where(t => t.RedactedReason is null))
        {
            if (table.Role == TableRole.Breakdown)
            {
                parts.Add($"{Capital(Name(table))} is a breakdown{(table.BreakdownOf is null ? " of money counted elsewhere" : $" of {table.BreakdownOf}")}, so it is not added again.");
            }
            else if (table.Role == TableRole.Context)
            {
                parts.Add($"{Capital(Name(table))} is for comparison and is not counted.");
            }
            else if (table.Role == TableRole.Income)
            {
                parts.Add($"{Capital(Name(table))} is money the office receives, so it is not added to what it spends.");
            }
            else if (table.Role == TableRole.Commitment && table.CountedYears.Count < YearsOf(table).Count)
            {
                var others = YearsOf(table).Where(y => !table.CountedYears.Contains(y)).ToList();
                parts.Add($"The {Join(others)} {(others.Count == 1 ? "column" : "columns")} of {Name(table)} {(others.Count == 1 ? "is" : "are")} for comparison and not counted.");
            }
        }

        if (tables.Any(t => t.RedactedReason is not null))
        {
            parts.Add("Tables that are not published are not counted.");
        }

        if (commitments.Any(t => t.HasRedactions))
        {
            parts.Add("Redacted lines are not counted.");
        }

        return string.Join(' ', parts);
    }

    private static List<string> YearsOf(PublishedTable table) => table.Columns.Where(c => c.IsAmount).Select(c => c.FinancialYear!).Distinct().ToList();

    private static string CountedWords(PublishedTable table, string name) =>
        table.CountedYears.Count == YearsOf(table).Count
            ? YearsOf(table).Count == 1 ? name : $"every year of {name}"
            : $"the {Join(table.CountedYears)} {(table.CountedYears.Count == 1 ? "column" : "columns")} of {name}";

    private static string Quote(string caption) => $"“{caption.TrimEnd('.', ' ')}”";

    private static string Capital(string text) => text.Length == 0 ? text : string.Concat(text[..1].ToUpper(CultureInfo.GetCultureInfo("en-GB")), text[1..]);

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
