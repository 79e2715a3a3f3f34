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

            var commitment = $"{Capital(name)} is taken as money this decision commits{(tables.Count == 1 ? ", as the record's only table" : "")}{(yearsRule is null ? "" : $"; {yearsRule}")}.";
            tables[i] = table with { Role = TableRole.Commitment, CountedYears = years, RoleRule = commitment };
            notes.Add(new ParsedNote(NoteKind.Inference, commitment, null, Table: i));
        }
    }

    /// <summary>The money the counted years of the record's commitments add to; null while any table's role is unknown.</summary>
    public static long? Itemised(IReadOnlyList<FundingTableEdit> tables) =>
        tables.Any(t => t.Role is null) || !tables.Any(t => t.Role == TableRole.Commitment)
            ? null
            : tables.Where(t => t.Role == TableRole.Commitment).Sum(t => (t.CountedYears ?? t.FinancialYears).Sum(y => Column(t, y)));

    private static (List<string>? Years, string? Rule) CountedYears(FundingTableEdit table, StatedFigures.StatedTotalIn? statedTotal, DateOnly? recordDate)
    {
        var years = table.FinancialYears.ToList();
        if (years.Count == 1)
        {
            return (years, null);
        }

        var grand = years.Sum(y => Column(table, y));
        if (statedTotal?.Figure.Pence is { } stated)
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
        if (years.Count != 1)
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

    private static long Column(FundingTableEdit table, string year) => table.Lines.Sum(l => l.Amounts.Where(a => a.Year == year).Sum(a => a.Pence));

    private static string Name(FundingTableEdit table, int index) =>
        table.Caption.Length > 0 ? $"“{table.Caption.TrimEnd('.', ' ')}”" : index == 0 ? "the table" : $"the record's table {index + 1}";

    private static string Capital(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "T" + text[1..] : text;

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
