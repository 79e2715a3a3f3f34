using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Writes a Word document in the seed layout: text lines as paragraphs, tab-separated blocks as real tables.</summary>
public static class Docx
{
    public static byte[] FromText(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    table ??= new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
                    var row = new TableRow();
                    foreach (var cell in line.Split('\t'))
                    {
                        row.Append(new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
                    }

                    table.Append(row);
                    continue;
                }

                if (line.Trim().Length == 0 && table is not null)
                {
                    continue;
                }

                if (table is not null)
                {
                    body.Append(table);
                    table = null;
                }

                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            if (table is not null)
            {
                body.Append(table);
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
