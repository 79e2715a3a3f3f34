using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// What each table of an archived record is to the decision, by written rules, each reported as an inference:
/// <list type="number">
/// <item>Which years count. One year: that year. Several: all of them when the text states the table's grand total;
/// the one year the text states the total of (within 2%), the others being for comparison; all of them when every year
/// is the record's own financial year or later. Otherwise it cannot be told.</item>
/// <item>A table whose total fits inside a line of another table, where the text names that line, is a breakdown of it.</item>
/// <item>Every other table whose years can be told is money the decision commits.</item>
/// </list>
/// A table whose role cannot be told keeps no role, and the record then shows no value rather than a wrong one.
/// </summary>
public static partial class TableRoles
{
    [GeneratedRegex(@"\s*(/|\(|\s-\s|\s–\s|:|,).*$")]
    private static partial Regex AfterStem();

    public static void Infer(List<FundingTableEdit> tables, string prose, StatedFigures.StatedTotalIn? statedTotal, DateOnly? recordDate, List<ParsedNote> notes)
    {
        var plainProse = RichText.ToPlainText(prose);
        var counted = tables.Select(t => CountedYears(t, statedTotal, recordDate)).ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var name = Name(table, i);
            var (years, yearsRule) = counted[i];
            if (table.RoleRule is { } readerRule)
            {
                // The reader could not tell what the figures are (their unit, say): no role, and the reason why.
                tables[i] = table with { Role = null };
                notes.Add(new ParsedNote(NoteKind.Inference, readerRule, null, Table: i));
                continue;
            }

            if (Income(table) is { } income)
            {
                var rule = $"{Capital(name)} is taken as money the office receives, not money it spends: {income}.";
                tables[i] = table with { Role = TableRole.Income, CountedYears = [], RoleRule = rule };
                notes.Add(new ParsedNote(NoteKind.Inference, rule, null, Table: i));
                continue;
            }

            if (IncomeLines(table) is { Count: > 0 } incomeLines)
            {
                var rule = $"It is not known how {name} adds up: {Join(incomeLines.Select(l => $"“{l}”"))} {(incomeLines.Count == 1 ? "is income" : "are income")} beside money spent, and income is never added to spending.";
                tables[i] = table with { Role = null, RoleRule = rule };
                notes.Add(new ParsedNote(NoteKind.Inference, rule, null, Table: i));
                continue;
            }

            if (years is null)
            {
                var rule = $"It is not known whether {name} is money this decision commits, a breakdown or figures for comparison: {yearsRule}.";
                tables[i] = table with { Role = null, RoleRule = rule };
                notes.Add(new ParsedNote(NoteKind.Inference, rule, null, Table: i));
                continue;
            }

            if (BreakdownOf(table, years, i, tables, counted, plainProse) is { } breakdown)
            {
                tables[i] = table with { Role = TableRole.Breakdown, CountedYears = [], BreakdownOf = breakdown.Of, RoleRule = breakdown.Rule };
                notes.Add(new ParsedNote(NoteKind.Inference, breakdown.Rule, null, Table: i));
                continue;
            }

            var measureRule = "";
            string? valueMeasure = null;
            var measures = table.Measures.Where(m => m.Length > 0).Distinct().ToList();
            if (measures.Count > 0)
            {
                var named = measures.Where(m => Regex.IsMatch(plainProse, $@"\b{Regex.Escape(m)}\s+(cost|costs|amount|value|figure|sum|total|spend|spending|expenditure|budget|funding|allocation|price)\b|\b(cost|amount|value|figure|total|budget)s?\s+\(?{Regex.Escape(m)}\b", RegexOptions.IgnoreCase)).ToList();
                if (named.Count == 1)
                {
                    valueMeasure = named[0];
                    measureRule = $"; of its measures ({Join(measures)}), only {named[0]} counts, as the record's text speaks of the {named[0].ToLowerInvariant()} figure";
                }
                else
                {
                    measureRule = named.Count == 0
                        ? $"; the record's text does not say which of its measures ({Join(measures)}) is the value of the decision, so none is counted"
                        : $"; the record's text speaks of more than one of its measures ({Join(named)}), so none is counted";
                }
            }

            var commitment = $"{Capital(name)} is taken as money this decision commits{(tables.Count == 1 ? ", as the record's only table" : "")}{(yearsRule is null ? "" : $"; {yearsRule}")}{measureRule}.";
            tables[i] = table with { Role = TableRole.Commitment, CountedYears = years, RoleRule = commitment, ValueMeasure = valueMeasure };
            notes.Add(new ParsedNote(NoteKind.Inference, commitment, null, Table: i));
        }
    }

    /// <summary>The money the counted columns of the record's commitments add to; null while any table's role or measure is unknown.</summary>
    public static long? Itemised(IReadOnlyList<FundingTableEdit> tables) =>
        tables.Any(t => t.Role is null || (t.Role == TableRole.Commitment && t.Measures.Any(m => m.Length > 0) && t.ValueMeasure is null)) || !tables.Any(t => t.Role == TableRole.Commitment)
            ? null
            : tables.Where(t => t.Role == TableRole.Commitment).Sum(t => t.ColumnKeys.Where(k => (t.CountedYears ?? t.FinancialYears).Contains(AmountColumnKey.YearOf(k))
                && (AmountColumnKey.MeasureOf(k).Length == 0 || AmountColumnKey.MeasureOf(k) == t.ValueMeasure)).Sum(k => Column(t, k)));

    [GeneratedRegex(@"\bincome\b|\breceipts?\b|\bgrants?\s+received\b|\breceived\s+from\b|\bcontributions?\s+from\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeWords();

    [GeneratedRegex(@"\bexpenditure\b|\bspend(ing)?\b|\bcosts?\b|\bpayments?\b|\bnet\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpendWords();

    /// <summary>Why a table is taken as income: its caption or its money headings say income and nothing of spending.</summary>
    private static string? Income(FundingTableEdit table)
    {
        var words = string.Join(" ", new[] { table.Caption }.Concat(table.AmountHeadings).Concat(table.TextColumns));
        return IncomeWords().IsMatch(words) && !SpendWords().IsMatch(words) && table.Measures.All(m => m.Length == 0)
            ? $"its {(IncomeWords().IsMatch(table.Caption) ? $"caption, “{table.Caption}”," : "headings")} speak of income and not of spending"
            : null;
    }

    /// <summary>Lines of a table of spending that are income by their own words ("Grant income from the Home Office").</summary>
    private static List<string> IncomeLines(FundingTableEdit table) =>
        table.Lines.Select(l => ImportText.Plain(l.Texts.Count > 0 ? l.Texts[0] : "").Split('\n')[0].Trim())
            .Where(label => IncomeWords().IsMatch(label))
            .ToList();

    private static (List<string>? Years, string? Rule) CountedYears(FundingTableEdit table, StatedFigures.StatedTotalIn? statedTotal, DateOnly? recordDate)
    {
        var years = table.FinancialYears.Distinct().ToList();
        if (years.Count == 1)
        {
            return (years, null);
        }

        var measured = table.Measures.Any(m => m.Length > 0);
        var grand = years.Sum(y => Column(table, y));
        if (statedTotal?.Figure.Pence is { } stated && !measured)
        {
            if (Math.Abs(stated - grand) <= 100)
            {
                return (years, $"every year counts, as the record's text states their total ({statedTotal.Figure.Written})");
            }

            var named = ImportText.FinancialYears(statedTotal.Sentence).Where(years.Contains).Distinct().ToList();
            if (named.Count == 1 && Math.Abs(Column(table, named[0]) - stated) <= stated / 50)
            {
                var others = years.Where(y => y != named[0]).ToList();
                return ([named[0]], $"only {named[0]} counts, as the record's text states the {named[0]} total ({statedTotal.Figure.Written}); {Join(others)} {(others.Count == 1 ? "is" : "are")} taken as figures for comparison");
            }
        }

        if (recordDate is { } date && years.All(y => string.CompareOrdinal(y, FinancialYear.Containing(date)) >= 0))
        {
            return (years, $"every year counts, as each is the record's own financial year ({FinancialYear.Containing(date)}) or later");
        }

        return (null, $"its columns run from {years[0]} to {years[^1]}, and the record does not say which of them the decision is about");
    }

    private static (string Of, string Rule)? BreakdownOf(FundingTableEdit table, List<string> years, int index, List<FundingTableEdit> tables, List<(List<string>? Years, string? Rule)> counted, string prose)
    {
        if (years.Count != 1 || table.Measures.Any(m => m.Length > 0))
        {
            return null;
        }

        var year = years[0];
        var total = Column(table, year);
        (string Of, string Rule, long Amount)? best = null;
        for (var other = 0; other < tables.Count; other++)
        {
            if (other == index || counted[other].Years?.Contains(year) != true)
            {
                continue;
            }

            foreach (var line in tables[other].Lines)
            {
                var amount = line.Amounts.Where(a => a.Year == year).Sum(a => a.Pence);
                var label = ImportText.Plain(line.Texts.Count > 0 ? line.Texts[0] : "").Split('\n')[0].Trim();
                var stem = AfterStem().Replace(label, "").Trim();
                if (amount < total || total == 0 || stem.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2
                    || !Regex.IsMatch(prose, $@"\b{Regex.Escape(stem)}\b", RegexOptions.IgnoreCase))
                {
                    continue;
                }

                if (best is null || amount < best.Value.Amount)
                {
                    var of = $"the {year} “{label}” line of {Name(tables[other], other)} ({Money.Format(amount)})";
                    best = (of, $"{Capital(Name(table, index))} is taken as a breakdown of {of}: its total, {Money.Format(total)}, fits inside that line, which the record's text names, so it is not added again.", amount);
                }
            }
        }

        return best is { } found ? (found.Of, found.Rule) : null;
    }

    private static long Column(FundingTableEdit table, string key) =>
        table.Lines.Sum(l => l.Amounts.Where(a => a.Key == key || (key == AmountColumnKey.YearOf(key) && a.Year == key)).Sum(a => a.Pence));

    private static string Name(FundingTableEdit table, int index) =>
        table.Caption.Length > 0 ? $"“{table.Caption.TrimEnd('.', ' ')}”" : index == 0 ? "the table" : $"the record's table {index + 1}";

    private static string Capital(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "T" + text[1..] : text;

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
