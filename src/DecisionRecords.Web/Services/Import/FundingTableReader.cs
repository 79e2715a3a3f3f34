using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Turns a block of tab-separated rows into a funding table: finds the header, the amount columns (a year in the
/// heading, pounds in the cells, or several "2020/21 - £50,000" amounts in one cell), group rows, rows split over
/// two lines and repeated headers. Text cells keep their formatting as Markdown; amounts keep the form they are
/// written in; total rows are kept as written and checked against the computed sums.
/// </summary>
public static partial class FundingTableReader
{
    /// <summary>A total row: its label ends with a total word ("Total", "Victims Subtotal", "Sub-total", "Budget total", "Grand Total", "Overall totals").</summary>
    [GeneratedRegex(@"^(?<group>.*?)\s*\b(sub-?\s?totals?|totals?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"(?<year>(19|20)\d{2}\s*/\s*\d{2})\s*-\s*(?<amount>£\s*[\d,\.]*\d)")]
    private static partial Regex YearAmount();

    [GeneratedRegex(@"Total cost\s*-?\s*(?<amount>£\s*[\d,\.]*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalCost();

    [GeneratedRegex(@"£|\bspend\b|\bbudget\b|\bamount\b|\bcosts?\b|\bcommitment\b|\ballocation\b|\bfunding\b|\bgrant\b|\bvalue\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyHeading();

    /// <summary>A column of counts, shares or rates beside the money: kept as text, never read as pounds.</summary>
    [GeneratedRegex(@"%|\bno\.|\bnumber\b|\bcount\b|\bpercent(age)?\b|\bshare\b|\bproportion\b|\brate\b|\bfte\b|\bposts?\b|\bhours\b|\bplaces\b|\bsessions\b|\bpeople\b|\bstaff\b|\bheadcount\b|\bvolume\b|\bqty\b|\bquantity\b|\brank(ing)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountHeading();

    /// <summary>A cell written as money rather than as a count: a pound sign, pence, or thousands grouped with commas.</summary>
    [GeneratedRegex(@"£|\.\d{2}\)?$|\d,\d{3}")]
    private static partial Regex MoneyLike();

    private enum Kind
    {
        Text,
        Amount,
        MultiYear,
    }

    private sealed record Row(int Number, List<string> Raw, List<string> Plain);

    /// <param name="index">The table's position among the record's tables, for the notes about it.</param>
    public static FundingTableEdit? Read(List<(int Number, string Text)> block, string caption, int index, string? documentYear, List<ParsedNote> notes)
    {
        var rows = new List<Row>();
        foreach (var (number, text) in block)
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var raw = text.Split('\t').Select(c => c.Trim()).ToList();
            rows.Add(new Row(number, raw, raw.Select(ImportText.Plain).ToList()));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var width = rows.Max(r => r.Raw.Count);
        foreach (var row in rows)
        {
            while (row.Raw.Count < width)
            {
                row.Raw.Add("");
                row.Plain.Add("");
            }
        }

        var header = rows[0].Plain.All(c => !ImportText.TryParseAmount(c, out _, out _)) && rows.Count > 1 ? rows[0].Plain : null;
        var headerRows = header is null ? 0 : 1;

        // A heading over two rows, as Word writes merged cells: the years above ("2023/24" spanning its columns), the
        // measures below ("Net", "VAT", "Gross"). Each column's heading is the year carried across, then its measure.
        if (header is not null && rows.Count > 2 && SecondHeaderRow(header, rows[1].Plain) is { } merged)
        {
            header = merged;
            headerRows = 2;
        }

        var body = header is null ? rows : rows.Skip(headerRows).Where(r => !r.Plain.SequenceEqual(rows[0].Plain)).ToList();
        var kinds = Enumerable.Range(0, width).Select(c => KindOf(c, header, body, AmountUnit.Find(caption))).ToList();
        if (!kinds.Contains(Kind.Amount) && !kinds.Contains(Kind.MultiYear))
        {
            return null;
        }

        var name = caption.Length > 0 ? $"“{caption.TrimEnd('.')}”" : index == 0 ? "the table" : $"the record's table {index + 1}";

        // Columns: years from the heading, from the cells of a several-year column, or the year the document is about.
        var amountColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.Amount).ToList();
        var captionYears = ImportText.FinancialYears(caption).Distinct().ToList();
        var captionUnit = AmountUnit.Find(caption);
        var columnYear = new Dictionary<int, string>();
        var columnUnit = new Dictionary<int, string>();
        string? unclearUnit = captionUnit == "?" ? $"its caption names more than one unit (“{caption}”)" : null;
        foreach (var c in amountColumns)
        {
            var headingUnit = header is null ? null : AmountUnit.Find(header[c]);
            if (headingUnit == "?" || (headingUnit is not null && captionUnit is not null && AmountUnit.Scale(headingUnit) != AmountUnit.Scale(captionUnit)))
            {
                unclearUnit ??= $"the column “{header![c]}” and the caption give different units";
            }

            columnUnit[c] = headingUnit is not null and not "?" ? headingUnit : captionUnit is not null and not "?" ? captionUnit : "";
        }

        foreach (var c in amountColumns)
        {
            var year = header is null ? null : ImportText.FinancialYears(header[c]).FirstOrDefault();

            // The year written once in the table's heading ("Table 2 - Allocations 2023/24") rather than in each column.
            if (year is null && captionYears.Count == 1)
            {
                year = captionYears[0];
            }
            else if (year is null && documentYear is not null)
            {
                notes.Add(new ParsedNote(NoteKind.Inference,
                    $"{Capital(name)} gives no financial year for its amounts{(header is null ? "" : $" in the column “{header[c]}”")}; they are taken as {documentYear}, the year the record's text names most from its own date on.",
                    rows[0].Number, Table: index));
            }

            year ??= documentYear;
            if (year is null)
            {
                notes.Add(new ParsedNote(NoteKind.NotUnderstood,
                    $"The financial year of the amounts in {name} cannot be told; the table is kept as written in the text.", rows[0].Number, Table: index));
                return null;
            }

            if (columnYear.ContainsValue(year) && !HasMeasures(year))
            {
                // Two columns of money for one year without words that tell them apart: the first is read as the
                // amount, the other kept as a column of text, as written.
                kinds[c] = Kind.Text;
                notes.Add(new ParsedNote(NoteKind.NotUnderstood,
                    $"{Capital(name)} has a second column of amounts for {year}{(header is null ? "" : $" (“{header[c]}”)")}; it is kept as a column of text, as written.",
                    rows[0].Number, Table: index));
                continue;
            }

            columnYear[c] = year;
        }

        amountColumns = amountColumns.Where(columnYear.ContainsKey).ToList();

        // Several columns for one year, told apart by the words of their headings (Net, VAT, Gross; Capital, Revenue,
        // Total; Budget, Actual, Variance): each is a measure of that year.
        bool HasMeasures(string year)
        {
            var columns = amountColumns.Where(c => (header is null ? null : ImportText.FinancialYears(header[c]).FirstOrDefault() ?? (captionYears.Count == 1 ? captionYears[0] : documentYear)) == year).ToList();
            var words = columns.Select(c => MeasureWords(header?[c] ?? "")).ToList();
            return columns.Count > 1 && words.All(w => w.Length > 0) && words.Distinct(StringComparer.OrdinalIgnoreCase).Count() == words.Count;
        }

        var measured = amountColumns.GroupBy(c => columnYear[c]).Any(g => g.Count() > 1);
        var columnMeasure = amountColumns.ToDictionary(c => c, c => measured ? Truncate(MeasureWords(header?[c] ?? ""), FundingTable.MeasureMaxLength) : "");
        if (measured && amountColumns.Any(c => columnMeasure[c].Length == 0))
        {
            foreach (var c in amountColumns.Where(c => columnMeasure[c].Length == 0))
            {
                columnMeasure[c] = "Amount";
            }
        }

        string Key(int c) => AmountColumnKey.Of(columnYear[c], columnMeasure[c]);
        var multiYearColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.MultiYear).ToList();
        var years = amountColumns.Select(c => columnYear[c])
            .Concat(multiYearColumns.SelectMany(c => body.SelectMany(r => YearAmount().Matches(r.Plain[c]).Select(m => Normalise(m.Groups["year"].Value)))))
            .Where(y => y is not null).Select(y => y!).ToList();
        if (multiYearColumns.Count > 0)
        {
            years = years.Distinct().ToList();
            years.Sort(StringComparer.Ordinal);
        }

        // One entry per amount column: a year appears once for each of its measures.
        var columnOrder = multiYearColumns.Count > 0 ? null : amountColumns;
        if (years.Distinct().Count() is 0 or > FundingTable.MaxYears || years.Count > FundingTable.MaxYears * 4)
        {
            return null;
        }

        var textColumns = Enumerable.Range(0, width).Where(c => kinds[c] == Kind.Text).Take(FundingTable.MaxTextColumns).ToList();
        var firstAmount = Enumerable.Range(0, width).First(c => kinds[c] != Kind.Text);
        var amountsAt = textColumns.Count(c => c < firstAmount);
        // No header row: the columns keep no heading rather than one the original never gave them.
        var headings = textColumns.Select(c => Heading(header?[c], "")).ToList();
        var amountHeadings = columnOrder is null
            ? years.Select(_ => "").ToList()
            : columnOrder.Select(c =>
            {
                var heading = header is not null ? Heading(header[c], "") : "";
                return heading == columnYear[c] ? "" : heading;
            }).ToList();
        var measures = columnOrder?.Select(c => columnMeasure[c]).ToList() ?? [];
        var units = columnOrder?.Select(c => Truncate(columnUnit[c], AmountUnit.WrittenMaxLength)).ToList() ?? [];

        var lines = new List<FundingLineInput>();
        var stated = new List<StatedTableTotal>();
        string? group = null;
        List<string>? carried = null;
        foreach (var row in body)
        {
            var texts = textColumns.Select(c => CellMarkdown(row.Raw[c])).ToList();
            var label = textColumns.Select(c => row.Plain[c]).FirstOrDefault(t => t.Length > 0) ?? "";
            var total = TotalRow().Match(label);
            var amounts = new List<FundingAmountInput>();
            foreach (var c in amountColumns)
            {
                var cell = row.Plain[c];
                if (cell.Length == 0 || ImportText.IsNil(cell))
                {
                    continue;
                }

                // In a column of thousands or millions a figure may have more decimal places than pence ("2.48825").
                string? note = null;
                if (AmountUnit.Scale(columnUnit[c]) == 1 ? ImportText.TryParseAmount(cell, out var pence, out note) : AmountUnit.TryParse(cell, columnUnit[c], out pence))
                {
                    amounts.Add(new FundingAmountInput(columnYear[c], pence, cell, NullIfEmpty(columnMeasure[c])));
                    if (note is not null && !total.Success)
                    {
                        notes.Add(new ParsedNote(NoteKind.AmountAsWritten, $"In {name}, the {Key(c)} amount of “{Short(label)}” is written “{cell}”; it is read as {Money.Format(pence)}.",
                            row.Number, Table: index));
                    }
                }
                else if (total.Success)
                {
                    stated.Add(new StatedTableTotal(Truncate(label, FundingTable.HeadingMaxLength), null, columnYear[c], Truncate(cell, StatedFigure.WrittenMaxLength), null, NullIfEmpty(columnMeasure[c])));
                }
                else
                {
                    notes.Add(new ParsedNote(NoteKind.NotUnderstood, $"In {name}, the {Key(c)} amount of “{Short(label)}” is written “{cell}”, which cannot be read as money; the cell is left blank here.",
                        row.Number, Table: index));
                }
            }

            long? statedLineTotal = null;
            string? statedLineWritten = null;
            foreach (var c in multiYearColumns)
            {
                foreach (Match match in YearAmount().Matches(row.Plain[c]))
                {
                    if (Normalise(match.Groups["year"].Value) is { } year && ImportText.TryParseAmount(match.Groups["amount"].Value, out var pence, out _))
                    {
                        amounts.Add(new FundingAmountInput(year, pence, match.Groups["amount"].Value));
                    }
                }

                if (TotalCost().Match(row.Plain[c]) is { Success: true } cost && ImportText.TryParseAmount(cost.Groups["amount"].Value, out var statedPence, out _))
                {
                    statedLineTotal = statedPence;
                    statedLineWritten = cost.Groups["amount"].Value;
                }
            }

            // A total row says "Total" and nothing else in words: its other text cells, if any, are counts or shares.
            if (total.Success && textColumns.Count(c => row.Plain[c].Any(char.IsLetter)) <= 1)
            {
                var isSubtotal = total.Groups[1].Value.StartsWith("sub", StringComparison.OrdinalIgnoreCase);
                foreach (var amount in amounts)
                {
                    stated.Add(new StatedTableTotal(Truncate(label, FundingTable.HeadingMaxLength), isSubtotal ? group : null, amount.Year, Truncate(amount.Written!, StatedFigure.WrittenMaxLength), amount.Pence, amount.Measure));
                }

                CheckTotalRow(label, row.Number, amounts, name, index, isSubtotal ? group : null, isSubtotal, lines, notes,
                    key => columnUnit.FirstOrDefault(u => columnYear.TryGetValue(u.Key, out var y) && AmountColumnKey.Of(y, columnMeasure[u.Key]) == key).Value);
                carried = null;
                continue;
            }

            if (amounts.Count == 0)
            {
                if (label.Length > 0 && label == label.ToUpperInvariant() && label.Any(char.IsLetter) && textColumns.Count(c => row.Plain[c].Length > 0) == 1)
                {
                    group = Truncate(label, FundingLine.GroupMaxLength);
                    carried = null;
                }
                else if (label.Length > 0)
                {
                    // A row split over two lines: its text waits for the line with the figures.
                    carried = carried is null ? texts : carried.Zip(texts, Join).ToList();
                }

                continue;
            }

            if (carried is not null)
            {
                texts = carried.Zip(texts, Join).ToList();
                carried = null;
            }

            if (statedLineTotal is { } lineTotal && lineTotal != amounts.Sum(a => a.Pence))
            {
                notes.Add(new ParsedNote(NoteKind.Arithmetic,
                    $"In {name}, “{Short(ImportText.Plain(texts.FirstOrDefault() ?? ""))}” gives its total cost as {statedLineWritten}; its years add to {Money.Format(amounts.Sum(a => a.Pence))}.",
                    row.Number, Table: index));
            }

            lines.Add(new FundingLineInput(group, texts.Select(t => Truncate(t, FundingLine.TextMaxLength)).ToList(),
                amounts.GroupBy(a => a.Key).Select(g => new FundingAmountInput(g.First().Year, g.Sum(a => a.Pence), g.Count() == 1 ? g.Single().Written : null, g.First().Measure)).ToList()));
        }

        if (lines.Count == 0)
        {
            return null;
        }

        foreach (var unit in units.Where(u => u.Length > 0).Distinct())
        {
            notes.Add(new ParsedNote(NoteKind.AmountAsWritten,
                $"{Capital(name)} gives {(units.All(u => u == unit) ? "its amounts" : "some of its amounts")} in {unit} ({AmountUnit.Describe(unit)}): each is kept as written and shown in pounds beside it.",
                rows[0].Number, Table: index));
        }

        if (measured)
        {
            SumColumns(amountColumns, columnYear, columnMeasure, lines, name, index, rows[0].Number, notes);
        }

        var edit = new FundingTableEdit(Truncate(caption, FundingTable.CaptionMaxLength), null, headings, years, amountHeadings, amountsAt, lines.Take(FundingTable.MaxLines).ToList())
        {
            StatedTotals = stated,
            Measures = measures,
            Units = units,
        };

        // A unit that cannot be told is a table whose amounts cannot be told: shown as written, never added up.
        return unclearUnit is null ? edit : edit with { RoleRule = $"The unit of {name}'s amounts cannot be told: {unclearUnit}; the table is shown as written and not added up." };
    }

    /// <summary>Joins the parts of a cell split over two lines: a line ending in "&amp;" or "and" runs on; Markdown blocks stay blocks.</summary>
    private static string Join(string first, string second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return first + second;
        }

        var plain = ImportText.Plain(first);
        if (plain.EndsWith('&') || plain.EndsWith(" and", StringComparison.Ordinal))
        {
            return $"{first} {second}";
        }

        var blocks = first.Contains("\n\n", StringComparison.Ordinal) || second.Contains("\n\n", StringComparison.Ordinal) || second.StartsWith("- ", StringComparison.Ordinal);
        return blocks ? $"{first}\n\n{second}" : $"{first}\n{second}";
    }

    private static string CellMarkdown(string raw) =>
        HtmlToMarkdown.LooksLikeHtml(raw) ? HtmlToMarkdown.Convert(raw) : System.Net.WebUtility.HtmlDecode(raw).Trim();

    private static void CheckTotalRow(string label, int number, List<FundingAmountInput> stated, string name, int index, string? group, bool isSubtotal, List<FundingLineInput> lines, List<ParsedNote> notes, Func<string, string?> unitOf)
    {
        var scope = isSubtotal ? lines.Where(l => l.Group == group).ToList() : lines;
        foreach (var amount in stated)
        {
            var computed = scope.Sum(l => l.Amounts.Where(a => a.Key == amount.Key).Sum(a => a.Pence));
            if (computed != amount.Pence)
            {
                notes.Add(new ParsedNote(NoteKind.Arithmetic,
                    $"In {name}, the “{label}” row gives {amount.Written} for {amount.Key}; the {(isSubtotal && group is not null ? $"{group} " : "")}lines above it add to {Money.Format(computed)}.",
                    number, Table: index));
            }
            else if (!AmountUnit.ReadsAs(amount.Written!, amount.Pence, unitOf(amount.Key)))
            {
                notes.Add(new ParsedNote(NoteKind.AmountAsWritten,
                    $"In {name}, the “{label}” row writes the {amount.Key} total as “{amount.Written}”; it is read as {Money.Format(amount.Pence)}, which is what the lines above it add to.",
                    number, Table: index));
            }
        }
    }

    /// <summary>A measure column that is, on every line, the sum of the year's other measures (Gross = Net + VAT): noted, so that no reader adds it again.</summary>
    private static void SumColumns(List<int> amountColumns, Dictionary<int, string> columnYear, Dictionary<int, string> columnMeasure, List<FundingLineInput> lines, string name, int index, int number, List<ParsedNote> notes)
    {
        foreach (var year in amountColumns.GroupBy(c => columnYear[c]).Where(g => g.Count() > 2))
        {
            var keys = year.Select(c => AmountColumnKey.Of(columnYear[c], columnMeasure[c])).ToList();
            foreach (var sum in keys)
            {
                var parts = keys.Where(k => k != sum).ToList();
                long Amount(FundingLineInput line, string key) => line.Amounts.Where(a => a.Key == key).Sum(a => a.Pence);
                if (lines.Count > 0 && lines.All(l => Amount(l, sum) == parts.Sum(p => Amount(l, p))) && lines.Any(l => Amount(l, sum) != 0))
                {
                    notes.Add(new ParsedNote(NoteKind.Inference,
                        $"In {name}, the {AmountColumnKey.MeasureOf(sum)} column is, on every line, the sum of {string.Join(" and ", parts.Select(AmountColumnKey.MeasureOf))} for {year.Key}: it is never added to them.",
                        number, Table: index));
                    break;
                }
            }
        }
    }

    /// <summary>The words of a heading that name its measure, without its year, unit or pound sign: "2023/24 Net (£)" is "Net".</summary>
    private static string MeasureWords(string heading)
    {
        var words = heading;
        foreach (var year in ImportText.FinancialYears(heading).Distinct())
        {
            words = words.Replace(year, " ", StringComparison.Ordinal);
        }

        words = YearText().Replace(words, " ");
        if (AmountUnit.Find(words) is { } unit and not "?")
        {
            words = words.Replace(unit, " ", StringComparison.Ordinal);
        }

        words = Regex.Replace(words, @"[£()\[\]:\-–,/]|\bin\b", " ");
        return Regex.Replace(words, @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\s*[/-]\s*\d{2,4}\b")]
    private static partial Regex YearText();

    /// <summary>The second row of a two-row heading, merged into the first: null where the second row is not one.</summary>
    private static List<string>? SecondHeaderRow(List<string> first, List<string> second)
    {
        var filled = second.Count(c => c.Length > 0);
        if (filled < 2 || second.Any(c => ImportText.TryParseAmount(c, out _, out _)) || second.Any(c => ImportText.FinancialYears(c).Any())
            || !first.Skip(1).Any(c => c.Length == 0) || !first.Any(c => ImportText.FinancialYears(c).Any()))
        {
            return null;
        }

        var merged = new List<string>();
        var carried = "";
        for (var c = 0; c < first.Count; c++)
        {
            carried = first[c].Length > 0 ? first[c] : c > 0 && second[c].Length > 0 ? carried : "";
            merged.Add($"{carried} {second[c]}".Trim());
        }

        return merged;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static Kind KindOf(int column, List<string>? header, List<Row> body, string? captionUnit)
    {
        var unit = (header is null ? null : AmountUnit.Find(header[column])) ?? captionUnit;
        var cells = body.Select(r => r.Plain[column]).Where(c => c.Length > 0).ToList();
        if (cells.Any(c => YearAmount().IsMatch(c)))
        {
            return Kind.MultiYear;
        }

        var heading = header?[column] ?? "";
        var moneyHeading = ImportText.FinancialYears(heading).Any() || MoneyHeading().IsMatch(heading);
        if ((CountHeading().IsMatch(heading) && !heading.Contains('£', StringComparison.Ordinal)) || cells.Any(c => c.EndsWith('%')))
        {
            return Kind.Text;
        }

        var numeric = cells.Count(c => ImportText.TryParseAmount(c, out _, out _) || ImportText.IsNil(c) || (unit is not null && AmountUnit.TryParse(c, unit, out _)));
        if (numeric == 0)
        {
            return Kind.Text;
        }

        // Under a heading that says money or names a year, figures are money. Under any other heading they are money
        // only when written as money; with no heading at all, when most of the column is figures.
        if (moneyHeading)
        {
            return Kind.Amount;
        }

        if (header is not null && heading.Length > 0)
        {
            return cells.Count(c => MoneyLike().IsMatch(c)) * 2 >= cells.Count ? Kind.Amount : Kind.Text;
        }

        return numeric * 2 >= cells.Count ? Kind.Amount : Kind.Text;
    }

    private static string? Normalise(string year) => FinancialYear.TryNormalise(year.Replace(" ", "", StringComparison.Ordinal), out var n) ? n : null;

    private static string Heading(string? text, string fallback)
    {
        var heading = text?.Replace("\n", " ", StringComparison.Ordinal).Trim() ?? "";
        return Truncate(heading.Length == 0 ? fallback : heading, FundingTable.HeadingMaxLength);
    }

    private static string Capital(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "T" + text[1..] : text;

    private static string Short(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 60 ? line[..57] + "…" : line;
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
