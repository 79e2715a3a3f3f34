using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

/// <summary>
/// Turns rows copied from a spreadsheet or a Word table into lines. A row with a single cell starts a group (such as
/// VICTIMS). A header row maps the pasted columns to the table's by their headings (years to years, "Organisation" to
/// the organisation column); without one, the columns whose cells are all amounts go to the years and the others to the
/// text columns, each in order; where the pasted columns cannot be matched to the table's, nothing is added and
/// <see cref="Result.Unmapped"/> says why, once. A row is left out as a total only
/// when its label is a total ("Total", "Victims Subtotal") and its figures are what the lines above it add to, since
/// totals are always worked out; every row left out is named.
/// </summary>
public static partial class PastedLines
{
    [GeneratedRegex(@"^(?<group>.*?)\s*\b(sub-?\s?totals?|grand totals?|totals?)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalLabel();

    /// <param name="Totals">The total rows left out, by their label.</param>
    /// <param name="KeptTotals">Rows labelled as totals whose figures are not what the lines above add to: kept as lines, for the user to check.</param>
    /// <param name="Unmapped">Why the pasted columns could not be matched to the table's; null when they were.</param>
    public sealed record Result(List<FundingTableForm.LineForm> Lines, List<string> Totals, int SkippedHeaders, List<string> KeptTotals, string? Unmapped = null);

    /// <summary>Where a pasted column goes: a text column of the table, or one of its years.</summary>
    private readonly record struct Target(bool IsYear, int Index);

    public static Result Parse(string text, FundingTableForm form)
    {
        var rows = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(r => r.Split('\t').Select(c => c.Trim()).ToList())
            .Where(cells => cells.Any(c => c.Length > 0))
            .ToList();
        var map = HeaderMap(rows.FirstOrDefault(), form);
        var headingRow = false;
        if (map is null && rows.Count > 0)
        {
            // A first row with no amount, above rows with amounts, is a heading row that names other columns than the table's.
            headingRow = rows.Count > 1 && rows[0].Count(c => c.Length > 0) > 1 && rows[0].All(c => !Money.TryParseSignedPence(c, out _))
                && rows.Skip(1).Any(r => r.Any(c => Money.TryParseSignedPence(c, out _)));
            var (byPosition, unmapped) = PositionMap(headingRow ? rows[1..] : rows, form);
            if (unmapped is not null)
            {
                return new Result([], [], 0, [], unmapped);
            }

            map = byPosition;
        }

        var lines = new List<FundingTableForm.LineForm>();
        var (totals, kept, skippedHeaders) = (new List<string>(), new List<string>(), headingRow ? 1 : 0);
        if (headingRow)
        {
            rows = rows[1..];
        }

        string? group = null;
        var groupStart = 0;
        foreach (var cells in rows)
        {
            if (map is not null ? IsHeader(cells, map, form) : form.Columns.Count > 0 && string.Equals(cells[0], form.Columns[0]?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                skippedHeaders++;
                continue;
            }

            var line = Line(cells, map, form, group);
            var label = line.Texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "";
            if (TotalLabel().Match(label) is { Success: true } total)
            {
                var subtotal = total.Groups[1].Value.StartsWith("sub", StringComparison.OrdinalIgnoreCase);
                if (AddsUp(line, subtotal ? lines.Skip(groupStart).ToList() : lines))
                {
                    totals.Add(label);
                    continue;
                }

                kept.Add(label);
            }

            var filled = cells.Count(c => c.Length > 0);
            if (filled == 1 && cells[0].Length > 0 && form.Columns.Count + form.Years.Count > 1 && line.Amounts.All(string.IsNullOrWhiteSpace))
            {
                (group, groupStart) = (cells[0], lines.Count);
                continue;
            }

            lines.Add(line);
        }

        return new Result(lines, totals, skippedHeaders, kept);
    }

    /// <summary>Where each pasted column goes, from a first row whose cells name the table's columns or years; null without one.</summary>
    private static Dictionary<int, Target>? HeaderMap(List<string>? first, FundingTableForm form)
    {
        if (first is null)
        {
            return null;
        }

        var map = new Dictionary<int, Target>();
        for (var c = 0; c < first.Count; c++)
        {
            var cell = first[c];
            if (cell.Length == 0)
            {
                continue;
            }

            var column = form.Columns.FindIndex(h => string.Equals(h?.Trim(), cell, StringComparison.OrdinalIgnoreCase));
            if (column >= 0)
            {
                map[c] = new Target(false, column);
                continue;
            }

            var year = Services.Import.ImportText.FinancialYears(cell).FirstOrDefault();
            var yearIndex = form.Years.FindIndex(y => FinancialYear.TryNormalise(y, out var n) && n == year);
            var headed = form.AmountHeadings.FindIndex(h => string.Equals(h?.Trim(), cell, StringComparison.OrdinalIgnoreCase));
            if (yearIndex >= 0 || headed >= 0)
            {
                map[c] = new Target(true, yearIndex >= 0 ? yearIndex : headed);
            }
        }

        // A header names at least two of the table's columns, and never one that is a figure.
        return map.Count >= 2 && first.All(c => !Money.TryParseSignedPence(c, out _)) ? map : null;
    }

    /// <summary>
    /// Without a heading row: the pasted columns whose every cell is an amount go to the years, the others to the text
    /// columns, each kept in its order; a single-cell row (a group) says nothing about the columns.
    /// </summary>
    private static (Dictionary<int, Target>? Map, string? Unmapped) PositionMap(List<List<string>> rows, FundingTableForm form)
    {
        var data = rows.Where(r => r.Count(c => c.Length > 0) > 1).ToList();
        if (data.Count == 0)
        {
            return (null, null);
        }

        var width = data.Max(r => r.Count);
        var isAmount = Enumerable.Range(0, width).Select(c =>
            data.Any(r => c < r.Count && r[c].Length > 0) && data.All(r => c >= r.Count || r[c].Length == 0 || Money.TryParseSignedPence(r[c], out _))).ToList();
        var amountColumns = Enumerable.Range(0, width).Where(c => isAmount[c]).ToList();
        var textColumns = Enumerable.Range(0, width).Where(c => !isAmount[c] && data.Any(r => c < r.Count && r[c].Length > 0)).ToList();
        if (amountColumns.Count > form.Years.Count || textColumns.Count > form.Columns.Count)
        {
            return (null, $"The pasted rows have {Columns(textColumns.Count, "column")} of text and {Columns(amountColumns.Count, "column")} of amounts, but this table has " +
                $"{Columns(form.Columns.Count, "text column")} and {Columns(form.Years.Count, "year")}. Add the columns the rows need, or paste them with a heading row that names the table's columns.");
        }

        var map = new Dictionary<int, Target>();
        amountColumns.Select((column, i) => (column, i)).ToList().ForEach(p => map[p.column] = new Target(true, p.i));
        textColumns.Select((column, i) => (column, i)).ToList().ForEach(p => map[p.column] = new Target(false, p.i));
        return (map, null);
    }

    private static string Columns(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static bool IsHeader(List<string> cells, Dictionary<int, Target> map, FundingTableForm form) =>
        map.Count(m => m.Key < cells.Count && cells[m.Key].Length > 0) >= 2
        && map.All(m => m.Key >= cells.Count || cells[m.Key].Length == 0 || !Money.TryParseSignedPence(cells[m.Key], out _))
        && HeaderMap(cells, form) is not null;

    private static FundingTableForm.LineForm Line(List<string> cells, Dictionary<int, Target>? map, FundingTableForm form, string? group)
    {
        var texts = Enumerable.Repeat<string?>("", form.Columns.Count).ToList();
        var amounts = Enumerable.Repeat<string?>("", form.Years.Count).ToList();
        if (map is null)
        {
            // No header: the pasted cells are in the order of the table's columns.
            var at = Math.Clamp(form.AmountColumnsAt, 0, form.Columns.Count);
            var padded = cells.Concat(Enumerable.Repeat("", Math.Max(0, form.Columns.Count + form.Years.Count - cells.Count))).ToList();
            texts = padded.Take(at).Concat(padded.Skip(at + form.Years.Count).Take(form.Columns.Count - at)).Select(c => (string?)c).ToList();
            amounts = padded.Skip(at).Take(form.Years.Count).Select(c => (string?)c).ToList();
        }
        else
        {
            foreach (var (column, target) in map.Where(m => m.Key < cells.Count))
            {
                (target.IsYear ? amounts : texts)[target.Index] = cells[column];
            }
        }

        return new FundingTableForm.LineForm { Group = group, Texts = texts, Amounts = amounts };
    }

    /// <summary>Whether each figure of a total row is what <paramref name="above"/> add to in its year.</summary>
    private static bool AddsUp(FundingTableForm.LineForm total, List<FundingTableForm.LineForm> above)
    {
        var checkedAny = false;
        for (var year = 0; year < total.Amounts.Count; year++)
        {
            if (string.IsNullOrWhiteSpace(total.Amounts[year]))
            {
                continue;
            }

            if (!Money.TryParseSignedPence(total.Amounts[year], out var stated))
            {
                return false;
            }

            var sum = above.Sum(l => year < l.Amounts.Count && Money.TryParseSignedPence(l.Amounts[year], out var p) ? p : 0);
            if (sum != stated)
            {
                return false;
            }

            checkedAny = true;
        }

        // A total row with no figures says nothing to add up; it is left out like one that adds up.
        return checkedAny || total.Amounts.All(string.IsNullOrWhiteSpace);
    }
}
