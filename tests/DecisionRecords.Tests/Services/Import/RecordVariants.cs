using System.Globalization;
using System.Text.RegularExpressions;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>
/// The same decision record written the other ways offices write it: not noise, but real forms of the same content,
/// one axis at a time (dates, amounts, blank amounts, total labels, answers, outcomes, cells split over lines).
/// Each variant should import to the same record as the seed it was made from.
/// </summary>
public static partial class RecordVariants
{
    public sealed record Variant(string Axis, string Text)
    {
        public override string ToString() => Axis;
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    [GeneratedRegex(@"(?<label>Date:(\*\*)?\s*)(?<date>[0-9A-Za-z][^\t\n*]*?)(?=\s*(\t|\*|$))", RegexOptions.Multiline)]
    private static partial Regex DateField();

    [GeneratedRegex(@"^(?<question>It is appropriate to publish[^\n]*?:)\s*(?<answer>\*\*(Yes|No)\*\*|Yes|No)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex AnswerOnTheLine();

    [GeneratedRegex(@"^(?<plain>Supported|Not supported)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    public static readonly (string Name, Func<DateOnly, string> Format)[] DateStyles =
    [
        ("day.month.yy", d => d.ToString("d.M.yy", Uk)),
        ("dd.mm.yyyy", d => d.ToString("dd.MM.yyyy", Uk)),
        ("day-month-year", d => d.ToString("d-M-yyyy", Uk)),
        ("dd/mm/yy", d => d.ToString("dd/MM/yy", Uk)),
        ("ordinal month year", d => $"{Ordinal(d.Day)} {d.ToString("MMMM yyyy", Uk)}"),
        ("month day, year", d => d.ToString("MMMM d, yyyy", Uk)),
        ("weekday day month year", d => d.ToString("dddd d MMMM yyyy", Uk)),
        ("weekday, ordinal month year", d => $"{d.ToString("dddd", Uk)}, {Ordinal(d.Day)} {d.ToString("MMMM yyyy", Uk)}"),
        ("short weekday, day short month year", d => d.ToString("ddd, d MMM yyyy", Uk)),
    ];

    public static IEnumerable<Variant> Of(string seed)
    {
        foreach (var (name, format) in DateStyles)
        {
            yield return new Variant($"dates as {name}", DateField().Replace(seed, m =>
                ImportText.ParseDate(m.Groups["date"].Value) is { } date ? m.Groups["label"].Value + format(date) : m.Value));
        }

        yield return new Variant("amounts without £ or commas", Cells(seed, (cell, _) => Rewrite(cell, pence => (pence / 100m).ToString("0.##", CultureInfo.InvariantCulture))));
        yield return new Variant("amounts with £ and pence", Cells(seed, (cell, _) => Rewrite(cell, pence => (pence / 100m).ToString("£#,0.00", CultureInfo.InvariantCulture))));
        yield return new Variant("amounts with £, without pence where whole", Cells(seed, (cell, _) => Rewrite(cell, pence => "£" + Web.Domain.Money.FormatForInput(pence))));
        yield return new Variant("blank amounts as nil", BlankAmounts(seed, "nil"));
        yield return new Variant("blank amounts as a dash", BlankAmounts(seed, "-"));
        foreach (var label in new[] { "Grand total", "Overall total", "Budget total" })
        {
            yield return new Variant($"total labelled {label}", Cells(seed, (cell, column) => column == 0 && Regex.IsMatch(cell, @"^(\*\*|<b>)?total(\*\*|</b>)?$", RegexOptions.IgnoreCase) ? label : cell));
        }

        yield return new Variant("subtotals as Sub-total", Cells(seed, (cell, column) => column == 0 ? Regex.Replace(cell, @"\bSubtotal\b", "Sub-total") : cell));
        yield return new Variant("answers on the line after the question", AnswerOnTheLine().Replace(seed, m => $"{m.Groups["question"].Value}\n\n{m.Groups["answer"].Value}"));
        yield return new Variant("outcome written Approved or Rejected", Outcome().Replace(seed, m => m.Value.Trim().StartsWith("Not", StringComparison.OrdinalIgnoreCase) ? "Rejected" : "Approved"));
        yield return new Variant("outcome in other capitals", Outcome().Replace(seed, m => m.Value.Trim().StartsWith("Not", StringComparison.OrdinalIgnoreCase) ? "Not Supported" : "SUPPORTED"));
        yield return new Variant("cells split over two lines after & or and", SplitRows(seed));
    }

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    [GeneratedRegex(@"^(?<open>(<b>|\*\*)?)(?<amount>[^<*]+?)(?<close>(</b>|\*\*)?)$")]
    private static partial Regex Emphasised();

    /// <summary>An amount cell written another way, its emphasis kept; any other cell as it is.</summary>
    private static string Rewrite(string cell, Func<long, string> format) =>
        Emphasised().Match(cell.Trim()) is { Success: true } m && Amount(m.Groups["amount"].Value) is { } pence
            ? m.Groups["open"].Value + format(pence) + m.Groups["close"].Value
            : cell;

    /// <summary>A cell that is an amount written plainly, with no correction needed to read it.</summary>
    private static long? Amount(string cell) =>
        cell.Length > 0 && !cell.Contains('<', StringComparison.Ordinal) && ImportText.TryParseAmount(cell, out var pence, out var note) && note is null && Web.Domain.Money.ReadsAs(cell, pence) ? pence : null;

    /// <summary>Every cell of every tab-separated row, changed by <paramref name="change"/>(cell, column).</summary>
    private static string Cells(string text, Func<string, int, string> change) =>
        string.Join('\n', text.Split('\n').Select(line => line.Contains('\t', StringComparison.Ordinal)
            ? string.Join('\t', line.Split('\t').Select((cell, i) => change(cell, i)))
            : line));

    /// <summary>
    /// The record with every table written in a unit of pounds, as finance teams write appendices: the unit in the
    /// heading of each column of amounts (or in the table's caption), each amount divided by the unit. Null where a
    /// table has no heading row to carry the unit.
    /// </summary>
    public static string? InUnits(string text, string unit, long scale, bool inCaption = false)
    {
        var lines = text.Split('\n');
        var output = new List<string>();
        for (var i = 0; i < lines.Length;)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                output.Add(lines[i++]);
                continue;
            }

            var table = new List<string>();
            while (i < lines.Length && (lines[i].Contains('\t', StringComparison.Ordinal) || lines[i].Trim().Length == 0))
            {
                table.Add(lines[i++]);
            }

            var amountColumns = table.Skip(1).SelectMany(l => l.Split('\t').Select((cell, c) => (cell, c)).Where(x => x.c > 0 && AmountIn(x.cell) is not null).Select(x => x.c)).ToHashSet();
            if (table[0].Split('\t').Any(c => AmountIn(c) is not null) || amountColumns.Count == 0)
            {
                return null;
            }

            if (inCaption)
            {
                output.Add($"Table 9 - amounts in {unit}");
            }

            output.Add(string.Join('\t', table[0].Split('\t').Select((cell, c) => inCaption || !amountColumns.Contains(c) ? cell : Regex.Replace(cell, @"(?=(</b>|\*\*)?\s*$)", $" ({unit})"))));
            output.AddRange(table.Skip(1).Select(line => string.Join('\t', line.Split('\t').Select((cell, c) =>
                amountColumns.Contains(c) ? Rewrite(cell, pence => (pence / 100m / scale).ToString("0.##########", CultureInfo.InvariantCulture)) : cell))));
        }

        return string.Join('\n', output);
    }

    private static long? AmountIn(string cell) => Emphasised().Match(cell.Trim()) is { Success: true } m ? Amount(m.Groups["amount"].Value) : null;

    /// <summary>Empty cells in columns of amounts, in rows that have an amount, written as <paramref name="nil"/>; table by table.</summary>
    private static string BlankAmounts(string text, string nil)
    {
        var lines = text.Split('\n');
        var output = new List<string>();
        for (var i = 0; i < lines.Length;)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                output.Add(lines[i++]);
                continue;
            }

            // A table: tab-separated rows, running on across blank lines.
            var table = new List<string>();
            while (i < lines.Length && (lines[i].Contains('\t', StringComparison.Ordinal) || lines[i].Trim().Length == 0))
            {
                table.Add(lines[i++]);
            }

            var amountColumns = table.SelectMany(l => l.Split('\t').Select((cell, c) => (cell, c)).Where(x => x.c > 0 && Amount(x.cell.Trim()) is not null).Select(x => x.c)).ToHashSet();
            output.AddRange(table.Select(line =>
            {
                var cells = line.Split('\t');
                return cells.Length < 2 || !amountColumns.Any(c => c < cells.Length && Amount(cells[c].Trim()) is not null)
                    ? line
                    : string.Join('\t', cells.Select((cell, c) => amountColumns.Contains(c) && cell.Trim().Length == 0 ? nil : cell));
            }));
        }

        return string.Join('\n', output);
    }

    /// <summary>Rows whose first cell says "&amp;" or "and": the cell broken after it, the rest and the figures on the next line.</summary>
    private static string SplitRows(string text) =>
        string.Join('\n', text.Split('\n').Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells.Skip(1).All(c => Amount(c.Trim()) is null) || Regex.Match(cells[0], @"^(?<first>.+? (&|and)) (?<rest>\S.*)$") is not { Success: true } split)
            {
                return line;
            }

            return $"{split.Groups["first"].Value}{new string('\t', cells.Length - 1)}\n{split.Groups["rest"].Value}\t{string.Join('\t', cells.Skip(1))}";
        }));
}
