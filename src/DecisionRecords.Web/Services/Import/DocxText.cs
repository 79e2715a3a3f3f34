using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecisionRecords.Web.Services.Import;

/// <summary>A Word document as the importer reads text: one line per paragraph, each table row as tab-separated cells.</summary>
public static class DocxText
{
    public static string Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new ImportRefusedException("the Word document has no body");
            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        text.AppendLine(ParagraphText(paragraph));
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            text.AppendLine(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
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

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants())
        {
            switch (run)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    // Cell paragraphs join with a space: a tab or line break inside a cell would split the row.
    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Elements<Paragraph>().Select(p => ParagraphText(p).Replace('\n', ' ').Replace('\t', ' ').Trim()).Where(p => p.Length > 0));
}
