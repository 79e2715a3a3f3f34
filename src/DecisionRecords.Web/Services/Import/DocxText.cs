using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// A Word document as the importer reads text, in the form of the office's text exports: a blank line between
/// paragraphs, list items (Word's numbering, direct or through the paragraph's style) as "- " or "1. " lines, bold runs
/// as **bold**, and each table row as tab-separated cells, a cell of several paragraphs or any emphasis as HTML.
/// </summary>
public static partial class DocxText
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([-•●▪➤*]|\d{1,2}[.)])\s")]
    private static partial System.Text.RegularExpressions.Regex TypedListItem();

    public static string Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new ImportRefusedException("the Word document has no body");
            var word = new Word(main!);
            var text = new StringBuilder();
            var inList = false;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        var line = word.Markdown(paragraph);
                        var item = word.ListMarker(paragraph);
                        if ((item is not null || TypedListItem().IsMatch(line)) && line.Trim().Length > 0)
                        {
                            // List items follow each other line by line, whether Word numbers them or the author typed
                            // the bullet; the list ends with a blank line.
                            text.Append(item).AppendLine(item is null ? line.TrimEnd() : line.Trim());
                            inList = true;
                            break;
                        }

                        if (inList)
                        {
                            text.AppendLine();
                            inList = false;
                        }

                        text.AppendLine(line).AppendLine();
                        break;
                    case Table table:
                        if (inList)
                        {
                            text.AppendLine();
                            inList = false;
                        }

                        foreach (var row in table.Elements<TableRow>())
                        {
                            text.AppendLine(string.Join('\t', row.Elements<TableCell>().Select(word.Cell)));
                        }

                        text.AppendLine();
                        break;
                }
            }

            return text.ToString();
        }
        // A damaged package fails in many ways deep inside the Open XML SDK (FileFormatException, XmlException ...):
        // whatever it is, the document is refused with its message.
        catch (Exception ex) when (ex is not (ImportRefusedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ImportRefusedException($"the Word document cannot be read: {ex.Message}");
        }
    }

    /// <summary>What Word means by a document's styles and numbering, read once.</summary>
    private sealed class Word(MainDocumentPart main)
    {
        private readonly Dictionary<string, Style> styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];

        private readonly Numbering? numbering = main.NumberingDefinitionsPart?.Numbering;

        /// <summary>"- " for a bulleted paragraph, "1. " for a numbered one, null for a paragraph that is not a list item.</summary>
        public string? ListMarker(Paragraph paragraph)
        {
            var numPr = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, 0);
            var numId = numPr?.NumberingId?.Val?.Value;
            if (numId is null or 0)
            {
                return null;
            }

            var level = numPr!.NumberingLevelReference?.Val?.Value ?? 0;
            var format = NumberFormat(numId.Value, level);
            var indent = new string(' ', Math.Clamp(level, 0, 4) * 2);
            return format is null || format == NumberFormatValues.Bullet || format == NumberFormatValues.None ? $"{indent}- " : $"{indent}1. ";
        }

        public string Markdown(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var (run, bold) in Runs(paragraph))
            {
                text.Append(bold ? Emphasised(run) : run);
            }

            return text.ToString().Replace("****", "", StringComparison.Ordinal);
        }

        /// <summary>A table cell: its text alone where it is one plain paragraph, as HTML where it holds several or any emphasis.</summary>
        public string Cell(TableCell cell)
        {
            var paragraphs = cell.Elements<Paragraph>().Where(p => PlainText(p).Trim().Length > 0).ToList();
            var plain = paragraphs.Count <= 1 && paragraphs.All(p => ListMarker(p) is null && Runs(p).All(r => !r.Bold || r.Text.Trim().Length == 0));
            if (plain)
            {
                return Clean(string.Join(' ', paragraphs.Select(PlainText)));
            }

            // Written as the office's text exports write such cells: as HTML, which the table reader reads into Markdown.
            var blocks = new List<XElement>();
            XElement? list = null;
            foreach (var paragraph in paragraphs)
            {
                var marker = ListMarker(paragraph);
                var inner = Runs(paragraph).Select(r => r.Bold && r.Text.Trim().Length > 0 ? (object)new XElement("b", Clean(r.Text)) : Clean(r.Text)).ToArray();
                if (marker is null)
                {
                    list = null;
                    blocks.Add(new XElement("p", inner));
                    continue;
                }

                var name = marker.TrimStart().StartsWith('-') ? "ul" : "ol";
                if (list?.Name != name)
                {
                    list = new XElement(name);
                    blocks.Add(list);
                }

                list.Add(new XElement("li", inner));
            }

            return string.Concat(blocks.Select(b => b.ToString(SaveOptions.DisableFormatting)));
        }

        private static string PlainText(Paragraph paragraph) => string.Concat(Runs2(paragraph).Select(r => r.Text));

        private List<(string Text, bool Bold)> Runs(Paragraph paragraph)
        {
            var paragraphBold = IsBold(null, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            var runs = new List<(string Text, bool Bold)>();
            foreach (var (text, run) in Runs2(paragraph))
            {
                var bold = run is null ? paragraphBold : IsBold(run.RunProperties, run.RunProperties?.RunStyle?.Val?.Value) ?? paragraphBold;
                if (runs.Count > 0 && runs[^1].Bold == (bold == true))
                {
                    runs[^1] = (runs[^1].Text + text, runs[^1].Bold);
                }
                else
                {
                    runs.Add((text, bold == true));
                }
            }

            return runs;
        }

        private static IEnumerable<(string Text, Run? Run)> Runs2(Paragraph paragraph)
        {
            foreach (var element in paragraph.Descendants())
            {
                var run = element.Ancestors<Run>().FirstOrDefault();
                switch (element)
                {
                    case Text t:
                        yield return (t.Text, run);
                        break;
                    case TabChar:
                        yield return (" ", run);
                        break;
                    case Break:
                        yield return ("\n", run);
                        break;
                }
            }
        }

        /// <summary>Bold set on the run itself, else by its character style or the paragraph's style; null where nothing says.</summary>
        private bool? IsBold(RunProperties? properties, string? styleId)
        {
            if (properties?.Bold is { } bold)
            {
                return bold.Val is null || bold.Val.Value;
            }

            for (var depth = 0; styleId is not null && depth < 10 && styles.TryGetValue(styleId, out var style); depth++)
            {
                if (style.StyleRunProperties?.Bold is { } styleBold)
                {
                    return styleBold.Val is null || styleBold.Val.Value;
                }

                styleId = style.BasedOn?.Val?.Value;
            }

            return null;
        }

        private NumberingProperties? StyleNumbering(string? styleId, int depth)
        {
            if (styleId is null || depth > 10 || !styles.TryGetValue(styleId, out var style))
            {
                return null;
            }

            return style.StyleParagraphProperties?.NumberingProperties is { } numPr
                ? new NumberingProperties(new NumberingId { Val = numPr.NumberingId?.Val?.Value ?? 0 }, new NumberingLevelReference { Val = numPr.NumberingLevelReference?.Val?.Value ?? 0 })
                : StyleNumbering(style.BasedOn?.Val?.Value, depth + 1);
        }

        private NumberFormatValues? NumberFormat(int numId, int level)
        {
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var levelOverride = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
            var abstractNum = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var lvl = levelOverride ?? abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            return lvl?.NumberingFormat?.Val?.Value;
        }

        private static string Emphasised(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return text;
            }

            var start = text[..(text.Length - text.TrimStart().Length)];
            var end = text[text.TrimEnd().Length..];
            return $"{start}**{trimmed}**{end}";
        }

        private static string Clean(string text) => text.Replace('\n', ' ').Replace('\t', ' ');
    }
}
