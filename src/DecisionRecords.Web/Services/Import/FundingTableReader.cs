using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Turns a block of tab-separated rows into a funding table: finds the header, the amount columns (a year in the
/// heading, pounds in the cells, or several "2020/21 - £50,000" amounts in one cell), group rows, rows split over
/// two lines and repeated headers; checks each stated total and subtotal row against the computed sums.
/// </summary>
public static partial class FundingTableReader
{
    [GeneratedRegex(@"^(grand\s+total|total|budget\s+total)\b|\bsub-?\s?total\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"(?<year>(19|20)\d{2}\s*/\s*\d{2})\s*-\s*(?<amount>£\s*[\d,\.]*\d)")]
    private static partial Regex YearAmount();

    [GeneratedRegex(@"Total cost\s*-?\s*(?<amount>£\s*[\d,\.]*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalCost();

    [GeneratedRegex(@"£|\bspend\b|\bbudget\b|\bamount\b|\bcost\b|\bcommitment\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyHeading();

    private enum Kind
    {
        Text,
        Amount,
        MultiYear,
    }

    public static FundingTableEdit? Read(List<(int Number, string Text)> block, string caption, string? documentYear, List<string> discrepancies)
    {
        var rows = new List<(int Number, List<string> Cells, bool AfterBlank)>();
        var afterBlank = false;
        foreach (var (number, text) in block)
        {
            if (text.Trim().Length == 0)
            {
                afterBlank = true;
                continue;
            }

            rows.Add((number, text.Split('\t').Select(c => ImportText.Clean(c)).ToList(), afterBlank));
            afterBlank = false;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var width = rows.Max(r => r.Cells.Count);
        foreach (var row in rows)
        {
            while (row.Cells.Count < width)
            {
                row.Cells.Add("");
            }
        }

        var header = rows[0].Cells.All(c => !ImportText.TryParseAmount(c, out _, out _)) && rows.Count > 1 ? rows[0].Cells : null;
        var body = header is null ? rows : rows.Skip(1).Where(r => !r.Cells.SequenceEqual(header)).ToList();
        var kinds = Enumerable.Range(0, width).Select(c => KindOf(c, header, body)).ToList();
        if (!kinds.Contains(Kind.Amount) && !kinds.Contains(Kind.MultiYear))
        {
            return null;
        }

        // Columns: years from the heading, from the cells of a several-year column, or the year the document is about.
        var amountColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.Amount).ToList();
        var columnYear = new Dictionary<int, string>();
        foreach (var c in amountColumns)
        {
            var year = header is null ? null : ImportText.FinancialYears(header[c]).FirstOrDefault();
            year ??= documentYear ?? throw new ImportRefusedException($"the year of the amounts in \"{caption}\" cannot be told", rows[0].Number);
            if (columnYear.ContainsValue(year))
            {
                throw new ImportRefusedException($"two amount columns of \"{caption}\" are for {year}", rows[0].Number);
            }

            columnYear[c] = year;
        }

        var multiYearColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.MultiYear).ToList();
        var years = columnYear.Values
            .Concat(multiYearColumns.SelectMany(c => body.SelectMany(r => YearAmount().Matches(r.Cells[c]).Select(m => Normalise(m.Groups["year"].Value)))))
            .Where(y => y is not null).Select(y => y!).Distinct().ToList();
        if (multiYearColumns.Count > 0)
        {
            years.Sort(StringComparer.Ordinal);
        }

        if (years.Count is 0 or > FundingTable.MaxYears)
        {
            return null;
        }

        var textColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.Text).Take(FundingTable.MaxTextColumns).ToList();
        var firstAmount = Enumerable.Range(0, width).First(c => kinds[c] != Kind.Text);
        var amountsAt = textColumns.Count(c => c < firstAmount);
        var headings = textColumns.Select(c => Heading(header?[c], "Description")).ToList();
        var amountHeadings = years.Select(y =>
        {
            var column = columnYear.FirstOrDefault(kv => kv.Value == y);
            var heading = header is not null && column.Value is not null ? Heading(header[column.Key], "") : "";
            return heading == y ? "" : heading;
        }).ToList();

        var lines = new List<FundingLineInput>();
        string? group = null;
        List<string>? carried = null;
        foreach (var (number, cells, _) in body)
        {
            var texts = textColumns.Select(c => cells[c]).ToList();
            var label = texts.FirstOrDefault(t => t.Length > 0) ?? "";
            var amounts = new List<(string Year, long Pence)>();
            foreach (var c in amountColumns)
            {
                if (cells[c].Length == 0)
                {
                    continue;
                }

                if (ImportText.TryParseAmount(cells[c], out var pence, out var note))
                {
                    amounts.Add((columnYear[c], pence));
                    if (note is not null)
                    {
                        discrepancies.Add($"Amount corrected in \"{caption}\" (line {number}): {note}");
                    }
                }
                else if (!TotalRow().IsMatch(label))
                {
                    discrepancies.Add($"Amount not read in \"{caption}\" (line {number}): \"{cells[c]}\" is left blank");
                }
            }

            long? statedLineTotal = null;
            foreach (var c in multiYearColumns)
            {
                foreach (Match match in YearAmount().Matches(cells[c]))
                {
                    if (Normalise(match.Groups["year"].Value) is { } year && ImportText.TryParseAmount(match.Groups["amount"].Value, out var pence, out _))
                    {
                        amounts.Add((year, pence));
                    }
                }

                if (TotalCost().Match(cells[c]) is { Success: true } total && ImportText.TryParseAmount(total.Groups["amount"].Value, out var stated, out _))
                {
                    statedLineTotal = stated;
                }
            }

            if (TotalRow().IsMatch(label))
            {
                CheckTotalRow(label, number, amounts, caption, group, lines, discrepancies);
                carried = null;
                continue;
            }

            if (amounts.Count == 0)
            {
                if (label.Length > 0 && label == label.ToUpperInvariant() && label.Any(char.IsLetter) && texts.Count(t => t.Length > 0) == 1)
                {
                    group = Truncate(label, FundingLine.GroupMaxLength);
                    carried = null;
                }
                else if (label.Length > 0)
                {
                    // A row split over two lines: its text waits for the line with the figures.
                    carried = carried is null ? texts : carried.Zip(texts, (a, b) => string.Join("\n", new[] { a, b }.Where(x => x.Length > 0))).ToList();
                }

                continue;
            }

            if (carried is not null)
            {
                texts = carried.Zip(texts, (a, b) => string.Join(a.EndsWith('&') || a.EndsWith("and", StringComparison.Ordinal) ? " " : "\n", new[] { a, b }.Where(x => x.Length > 0))).ToList();
                carried = null;
            }

            if (statedLineTotal is { } lineTotal && lineTotal != amounts.Sum(a => a.Pence))
            {
                discrepancies.Add($"Stated total differs in \"{caption}\" (line {number}): {texts.FirstOrDefault()} says {Money.Format(lineTotal)}; its years add to {Money.Format(amounts.Sum(a => a.Pence))}");
            }

            lines.Add(new FundingLineInput(group, texts.Select(t => Truncate(t, FundingLine.TextMaxLength)).ToList(),
                amounts.GroupBy(a => a.Year).Select(g => (g.Key, g.Sum(a => a.Pence))).ToList()));
        }

        if (lines.Count == 0)
        {
            return null;
        }

        return new FundingTableEdit(Truncate(caption, FundingTable.CaptionMaxLength), true, headings, years, amountHeadings, amountsAt, lines.Take(FundingTable.MaxLines).ToList());
    }

    private static void CheckTotalRow(string label, int number, List<(string Year, long Pence)> stated, string caption, string? group, List<FundingLineInput> lines, List<string> discrepancies)
    {
        var isSubtotal = label.Contains("sub", StringComparison.OrdinalIgnoreCase);
        var scope = isSubtotal ? lines.Where(l => l.Group == group).ToList() : lines;
        foreach (var (year, pence) in stated)
        {
            var computed = scope.Sum(l => l.Amounts.Where(a => a.Year == year).Sum(a => a.Pence));
            if (computed != pence)
            {
                discrepancies.Add($"Stated total differs in \"{caption}\" (line {number}): \"{label}\" for {year} says {Money.Format(pence)}; the lines add to {Money.Format(computed)}");
            }
        }
    }

    private static Kind KindOf(int column, List<string>? header, List<(int Number, List<string> Cells, bool AfterBlank)> body)
    {
        var cells = body.Select(r => r.Cells[column]).Where(c => c.Length > 0).ToList();
        if (cells.Any(c => YearAmount().IsMatch(c)))
        {
            return Kind.MultiYear;
        }

        var numeric = cells.Count(c => ImportText.TryParseAmount(c, out _, out _));
        var headed = header is not null && (ImportText.FinancialYears(header[column]).Any() || MoneyHeading().IsMatch(header[column]));
        if (numeric > 0 && (headed || numeric * 2 >= cells.Count))
        {
            return Kind.Amount;
        }

        return Kind.Text;
    }

    private static string? Normalise(string year) => FinancialYear.TryNormalise(year.Replace(" ", "", StringComparison.Ordinal), out var n) ? n : null;

    private static string Heading(string? text, string fallback)
    {
        var heading = text?.Replace("\n", " ", StringComparison.Ordinal).Trim() ?? "";
        return Truncate(heading.Length == 0 ? fallback : heading, FundingTable.HeadingMaxLength);
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
