using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Writes a Word document in the seed layout: text lines as paragraphs, tab-separated blocks as real ruled tables.</summary>
public static class Docx
{
    /// <param name="asWordWrites">
    /// Write what the text marks as Word writes it: "- " and "1. " lines as list items of Word's numbering (bulleted and
    /// numbered), **bold** as bold runs, and no paragraph for a blank line.
    /// </param>
    public static byte[] FromText(string text, bool asWordWrites = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            var rows = new List<string[]>();
            var landscape = text.Split('\n').Max(l => l.Split('\t').Length) > 4;
            var bold = false;
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    // Ruled all round, as Word's "Table Grid" style draws a table.
                    table ??= new Table(new TableProperties(new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
                    var row = new TableRow();
                    rows.Add(line.Split('\t'));
                    foreach (var cell in line.Split('\t'))
                    {
                        row.Append(new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
                    }

                    table.Append(row);
                    continue;
                }

                if (line.Trim().Length == 0 && (table is not null || asWordWrites))
                {
                    continue;
                }

                if (table is not null)
                {
                    body.Append(Fitted(table, rows, landscape));
                    (table, rows) = (null, []);
                }

                body.Append(asWordWrites ? WordParagraph(line, ref bold) : new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            if (table is not null)
            {
                body.Append(Fitted(table, rows, landscape));
            }

            // A table wider than four columns is laid out on landscape pages, as an office sets out an appendix.
            // A protective marking at the head of each page and its number at the foot, as the office's template has.
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text("OFFICIAL"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            var section = landscape
                ? new SectionProperties(new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U })
                : new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U });
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            body.Append(section);
            main.Document = new Document(body);

            // Arial, 11 point, as the office writes its records.
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" }))));
            if (asWordWrites)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                    new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A line as Word holds it: a list item through numbering rather than a typed bullet, bold as bold runs (bold may run on from the line before).</summary>
    private static Paragraph WordParagraph(string line, ref bool bold)
    {
        var paragraph = new Paragraph();
        var list = System.Text.RegularExpressions.Regex.Match(line, @"^\s*(?<marker>-|\d+\.)\s+");
        if (list.Success)
        {
            paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list.Groups["marker"].Value == "-" ? 1 : 2 })));
            line = line[list.Length..];
        }

        var parts = line.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bold = !bold;
            }

            if (parts[i].Length > 0)
            {
                var run = new Run(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                if (bold)
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }

                paragraph.Append(run);
            }
        }

        return paragraph;
    }

    /// <summary>
    /// Column widths as Word's "AutoFit to contents" sets them: each column at least as wide as its longest word (at
    /// about 130 twips a character of 11 point Arial, and the cell's margins), the rest shared by how much it holds.
    /// </summary>
    private static Table Fitted(Table table, List<string[]> rows, bool landscape)
    {
        var columns = rows.Max(r => r.Length);
        var cells = Enumerable.Range(0, columns).Select(c => rows.Select(r => c < r.Length ? r[c] : "").ToList()).ToList();
        var least = cells.Select(column => (column.SelectMany(x => x.Split(' ')).Select(w => w.Length).DefaultIfEmpty(0).Max() * 130.0) + 300).ToList();
        var share = cells.Select(column => column.Average(x => x.Length) + 1).ToList();
        var width = landscape ? 16838 - 2268 : 11906 - 2880;
        var spare = Math.Max(0, width - least.Sum());
        var widths = least.Select((l, c) => (l + (spare * share[c] / share.Sum())) * Math.Min(1, width / least.Sum())).ToList();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = ((int)w).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        table.InsertAfter(grid, table.GetFirstChild<TableProperties>());
        table.GetFirstChild<TableProperties>()!.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        return table;
    }
}
