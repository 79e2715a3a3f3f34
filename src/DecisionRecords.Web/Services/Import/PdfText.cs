using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Reads a born-digital PDF (one exported from Word) back into the layout the parser reads: a paragraph to a line,
/// a blank line where the page leaves one, and each row of a ruled table as tab-separated cells. Lines a paragraph
/// was wrapped into are joined again; the running header and footer, and page numbers, are left out. A PDF with no
/// text layer (a scan) is refused: reading it would need OCR, which the importer does not do.
/// </summary>
public static partial class PdfText
{
    /// <summary>Thinner than this, a drawn shape is a rule (a table's border), not a box.</summary>
    private const double RuleThickness = 2.5;

    [GeneratedRegex(@"^(page\s+)?\d+(\s+(of|/)\s+\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^([-•➤▪●◦‣–]|\d+[.)]|\(?[a-z][.)])\s")]
    private static partial Regex ListItemStart();

    private sealed record Rule(double From, double To, double At);

    /// <summary>A line of text or a row of a table, top to bottom, with the vertical room it takes.</summary>
    /// <param name="Cells">For a row: its cells, and the left edge of each.</param>
    private sealed record Item(double Top, double Bottom, double Left, double Right, double FontSize, string Text, bool IsRow, IReadOnlyList<(double Left, string Text)>? Cells = null);

    public static string Read(byte[] content, CancellationToken cancellationToken = default)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ImportRefusedException("the PDF cannot be opened: it is damaged or protected");
        }

        using (document)
        {
            var pages = document.GetPages().ToList();
            if (pages.Count == 0 || pages.All(p => p.Letters.All(l => string.IsNullOrWhiteSpace(l.Value))))
            {
                throw new ImportRefusedException("the PDF has no text layer (it looks scanned): reading it would need OCR, which the importer does not do");
            }

            var items = pages.Select(page =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Items(page);
            }).ToList();
            var margins = RepeatedMargins(pages, items);
            var body = items.Select(p => p.Where(i => i.IsRow || !margins.Contains(Key(i))).ToList()).ToList();
            var rightEdge = body.SelectMany(p => p).Where(i => !i.IsRow).Select(i => i.Right).DefaultIfEmpty(0).Max();
            var bottomEdge = body.SelectMany(p => p).Select(i => i.Bottom).DefaultIfEmpty(0).Min();
            var lines = new List<string>();
            Write(JoinPages(body, bottomEdge), rightEdge, lines);
            return string.Join('\n', lines);
        }
    }

    /// <summary>The page's lines and table rows, top to bottom.</summary>
    private static List<Item> Items(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var (horizontal, vertical) = Rules(page);
        var items = new List<Item>();
        var inTables = new HashSet<Word>();
        foreach (var grid in Grids(horizontal, vertical))
        {
            items.AddRange(TableRows(grid, words, inTables));
        }

        items.AddRange(Lines(words.Where(w => !inTables.Contains(w)).ToList()));
        return items.OrderByDescending(i => i.Top).ThenBy(i => i.Left).ToList();
    }

    /// <summary>The page's thin drawn shapes: stroked lines, and the thin filled boxes Word draws borders as.</summary>
    private static (List<Rule> Horizontal, List<Rule> Vertical) Rules(Page page)
    {
        var (horizontal, vertical) = (new List<Rule>(), new List<Rule>());
        foreach (var path in page.Paths.Where(p => p.IsStroked || p.IsFilled))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Height <= RuleThickness && box.Width > RuleThickness * 4)
                {
                    horizontal.Add(new Rule(box.Left, box.Right, (box.Top + box.Bottom) / 2));
                }
                else if (box.Width <= RuleThickness && box.Height > RuleThickness * 4)
                {
                    vertical.Add(new Rule(box.Bottom, box.Top, (box.Left + box.Right) / 2));
                }
                else if (path.IsStroked && subpath.IsDrawnAsRectangle && box.Width > RuleThickness * 4 && box.Height > RuleThickness * 4)
                {
                    // A cell drawn as a stroked box: its four sides are rules.
                    horizontal.Add(new Rule(box.Left, box.Right, box.Top));
                    horizontal.Add(new Rule(box.Left, box.Right, box.Bottom));
                    vertical.Add(new Rule(box.Bottom, box.Top, box.Left));
                    vertical.Add(new Rule(box.Bottom, box.Top, box.Right));
                }
            }
        }

        return (horizontal, vertical);
    }

    private sealed record Grid(double Left, double Right, List<double> RowEdges, List<Rule> Vertical);

    /// <summary>Tables: runs of horizontal rules over the same span, at least two, and the vertical rules between them.</summary>
    private static IEnumerable<Grid> Grids(List<Rule> horizontal, List<Rule> vertical)
    {
        var remaining = horizontal.OrderByDescending(r => r.At).ToList();
        while (remaining.Count > 0)
        {
            var first = remaining[0];
            var same = remaining.Where(r => Math.Abs(r.From - first.From) < 3 && Math.Abs(r.To - first.To) < 3).ToList();
            remaining.RemoveAll(same.Contains);
            var edges = same.Select(r => r.At).Distinct().OrderByDescending(y => y).ToList();
            edges = edges.Where((y, i) => i == 0 || edges[i - 1] - y > RuleThickness).ToList();
            if (edges.Count < 2)
            {
                continue;
            }

            var (top, bottom) = (edges[0], edges[^1]);
            yield return new Grid(first.From, first.To, edges,
                vertical.Where(v => v.At > first.From - 3 && v.At < first.To + 3 && v.To > bottom - 1 && v.From < top + 1).ToList());
        }
    }

    /// <summary>Each band between two rules is a row; its cells are split by the vertical rules that cross it, or by wide gaps.</summary>
    private static IEnumerable<Item> TableRows(Grid grid, List<Word> words, HashSet<Word> taken)
    {
        for (var r = 0; r + 1 < grid.RowEdges.Count; r++)
        {
            var (top, bottom) = (grid.RowEdges[r], grid.RowEdges[r + 1]);

            // Ruled all round, a band is a row only where the table's left border runs down it: between two tables
            // with the same span, the band of page between them is no row of either.
            if (grid.Vertical.Count > 0 && !grid.Vertical.Any(v => Math.Abs(v.At - grid.Left) < 3 && v.From < top - 1 && v.To > bottom + 1))
            {
                continue;
            }

            var inRow = words.Where(w => !taken.Contains(w) && Centre(w.BoundingBox).Y < top && Centre(w.BoundingBox).Y > bottom
                && Centre(w.BoundingBox).X > grid.Left && Centre(w.BoundingBox).X < grid.Right).ToList();
            if (inRow.Count == 0)
            {
                continue;
            }

            taken.UnionWith(inRow);
            var walls = grid.Vertical.Where(v => v.From < top - 1 && v.To > bottom + 1).Select(v => v.At)
                .Where(x => x > grid.Left + RuleThickness && x < grid.Right - RuleThickness).Distinct().Order().ToList();
            var cells = new List<(double Left, string Text)>();
            var edges = new[] { grid.Left }.Concat(walls).Append(grid.Right).ToList();
            for (var c = 0; c + 1 < edges.Count; c++)
            {
                var inCell = inRow.Where(w => Centre(w.BoundingBox).X >= edges[c] && Centre(w.BoundingBox).X < edges[c + 1]).ToList();
                cells.Add((edges[c], Reflow(Lines(inCell).ToList())));
            }

            // Without vertical rules a row is one cell; its words' wide gaps still split the cells.
            var text = walls.Count == 0 ? string.Join('\t', Lines(inRow).Select(l => l.Text)) : string.Join('\t', cells.Select(c => c.Text));
            yield return new Item(top, bottom, grid.Left, grid.Right, inRow.Max(w => w.Letters[0].PointSize), text, IsRow: true, walls.Count == 0 ? null : cells);
        }
    }

    /// <summary>Words on the same baseline form a line; a gap wider than two letters' height is a tab.</summary>
    private static IEnumerable<Item> Lines(List<Word> words)
    {
        foreach (var line in words.OrderByDescending(w => w.BoundingBox.Bottom).GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y / 2.0)).Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList()))
        {
            var size = line.Max(w => w.Letters[0].PointSize);
            var text = new StringBuilder();
            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right > size * 2 ? '\t' : ' ');
                }

                text.Append(Emphasised(line[i]));
            }

            yield return new Item(line.Max(w => w.BoundingBox.Top), line.Min(w => w.BoundingBox.Bottom), line[0].BoundingBox.Left, line[^1].BoundingBox.Right, size, Ligatures(text.ToString()), IsRow: false);
        }
    }

    /// <summary>A word set in a bold face, marked as the text layout marks bold.</summary>
    private static string Emphasised(Word word) =>
        word.Letters.All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) ? $"**{word.Text}**" : word.Text;

    /// <summary>The lines of one cell, joined as the cell's one paragraph was before it wrapped.</summary>
    private static string Reflow(List<Item> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.OrderByDescending(l => l.Top))
        {
            text.Append(text.Length == 0 ? "" : Joiner(text.ToString())).Append(line.Text.Replace('\t', ' '));
        }

        return Unbold(text.ToString());
    }

    /// <summary>
    /// A space between two wrapped lines, except after a hyphen inside a word ("multi-" / "agency"), where the line
    /// broke without one. A line does not break after a slash inside a word, so one that ends with a slash had a space.
    /// </summary>
    private static string Joiner(string before) =>
        before.Length > 1 && before[^1] == '-' && char.IsLetterOrDigit(before[^2]) ? "" : " ";

    /// <summary>"**a** **b**" is "**a b**": bold words next to each other are one bold run.</summary>
    private static string Unbold(string text) => text.Replace("** **", " ", StringComparison.Ordinal);

    private static string Ligatures(string text) => text
        .Replace("\ufb00", "ff", StringComparison.Ordinal).Replace("\ufb01", "fi", StringComparison.Ordinal).Replace("\ufb02", "fl", StringComparison.Ordinal)
        .Replace("\ufb03", "ffi", StringComparison.Ordinal).Replace("\ufb04", "ffl", StringComparison.Ordinal);

    /// <summary>
    /// The pages as one run of items. A table row cut by the end of a page (it reaches the bottom margin, and the next
    /// page starts with a row of the same columns) is joined to the rest of it, cell by cell.
    /// </summary>
    private static List<(Item Item, bool NewPage)> JoinPages(List<List<Item>> pages, double bottomEdge)
    {
        var items = new List<(Item Item, bool NewPage)>();
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Count; i++)
            {
                var item = page[i];
                if (i == 0 && items.Count > 0 && items[^1].Item is { IsRow: true, Cells: { } before } cut && item is { IsRow: true, Cells: { } after }
                    && cut.Bottom < bottomEdge + item.FontSize * 1.5 && Continues(before, after))
                {
                    var cells = before.Zip(after, (a, b) => (a.Left, Text: a.Text.Length == 0 ? b.Text : b.Text.Length == 0 ? a.Text : a.Text + Joiner(a.Text) + b.Text)).ToList();
                    items[^1] = (cut with { Text = string.Join('\t', cells.Select(c => c.Text)), Cells = cells }, items[^1].NewPage);
                    continue;
                }

                items.Add((item, i == 0));
            }
        }

        return items;
    }

    /// <summary>
    /// Whether a row at the top of a page is the rest of the row the page before ended with: the same columns, some
    /// cells empty (they ended on the page before), and nothing in a cell whose figure was on the page before.
    /// </summary>
    private static bool Continues(IReadOnlyList<(double Left, string Text)> cut, IReadOnlyList<(double Left, string Text)> rest) =>
        cut.Count == rest.Count
        && cut.Zip(rest).All(p => Math.Abs(p.First.Left - p.Second.Left) < 3)
        && rest.Any(c => c.Text.Length == 0)
        && cut.Zip(rest).All(p => !ImportText.TryParseAmount(p.First.Text, out _, out _) || p.Second.Text.Length == 0);

    /// <summary>
    /// The items in the text layout. Lines a paragraph wrapped into are joined: a line ends its paragraph when the next
    /// line's first word would have fitted on it, or the next line starts a list item, or a blank line's height lies
    /// between them (which becomes a blank line). A paragraph carries on over a page as it does over a line.
    /// </summary>
    private static void Write(List<(Item Item, bool NewPage)> items, double rightEdge, List<string> output)
    {
        Item? previous = null;
        var paragraph = new StringBuilder();
        void Flush()
        {
            if (paragraph.Length > 0)
            {
                output.Add(Unbold(paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var (item, newPage) in items)
        {
            var joins = previous is not null && !item.IsRow && !previous.IsRow && !item.Text.Contains('\t', StringComparison.Ordinal) && !previous.Text.Contains('\t', StringComparison.Ordinal)
                && !ListItemStart().IsMatch(item.Text) && Full(previous, item, rightEdge) && (newPage || previous.Bottom - item.Top <= item.FontSize * 0.9);
            if (joins)
            {
                paragraph.Append(Joiner(paragraph.ToString())).Append(item.Text);
                previous = item;
                continue;
            }

            Flush();

            // A blank line's height between them is a blank line; so is a page break between paragraphs, but not within a list or a table.
            var blank = previous is not null && (newPage
                ? !(previous.IsRow && item.IsRow) && !ListItemStart().IsMatch(item.Text)
                : previous.Bottom - item.Top > item.FontSize * 0.9 && !(previous.IsRow && item.IsRow));
            if (blank)
            {
                output.Add("");
            }

            paragraph.Append(item.Text);
            if (item.IsRow)
            {
                Flush();
            }

            previous = item;
        }

        Flush();
    }

    /// <summary>Whether <paramref name="line"/> ran to the right edge, so that <paramref name="next"/> carries on its paragraph.</summary>
    private static bool Full(Item line, Item next, double rightEdge)
    {
        var firstWord = next.Text.Split(' ')[0];
        var roomNeeded = (firstWord.Length + 1) * next.FontSize * 0.5;
        return line.Right + roomNeeded > rightEdge - 1;
    }

    /// <summary>Lines at the top or bottom of the page that repeat from page to page (digits aside), and page numbers.</summary>
    private static HashSet<string> RepeatedMargins(List<Page> pages, List<List<Item>> items)
    {
        var seen = new Dictionary<string, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var height = pages[p].Height;
            foreach (var item in items[p].Where(i => !i.IsRow && (i.Top > height - 60 || i.Bottom < 60)))
            {
                var key = Key(item);
                seen[key] = seen.GetValueOrDefault(key) + (PageNumber().IsMatch(item.Text.Trim()) ? pages.Count : 1);
            }
        }

        return seen.Where(s => pages.Count > 1 && s.Value >= Math.Max(2, pages.Count / 2)).Select(s => s.Key).ToHashSet();
    }

    private static string Key(Item item) => $"{Math.Round(item.Top)}|{Regex.Replace(item.Text, @"\d+", "#")}";

    private static PdfPoint Centre(PdfRectangle box) => new((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
}
