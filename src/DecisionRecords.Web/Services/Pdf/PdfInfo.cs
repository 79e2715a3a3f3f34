using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Sets the document information (title, subject, author) by an incremental update appended to the PDF, which leaves
/// every byte Chromium wrote, and its tags, as they were. Chromium itself sets only the title.
/// </summary>
public static partial class PdfInfo
{
    [GeneratedRegex(@"startxref\s+(?<offset>\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(?<size>\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+(?<root>\d+\s+\d+\s+R)")]
    private static partial Regex Root();

    [GeneratedRegex(@"/(Creator|Producer)\s*\((?<value>[^()\\]*)\)")]
    private static partial Regex BrowserName();

    public static byte[] Set(byte[] pdf, string title, string subject, string author, DateTimeOffset created)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var startXref = StartXref().Match(tail);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (!startXref.Success || trailerAt < 0)
        {
            // Not the classic cross-reference table this relies on: leave the file as it is rather than risk it.
            return pdf;
        }

        var trailer = tail[trailerAt..];
        var size = Size().Match(trailer);
        var root = Root().Match(trailer);
        if (!size.Success || !root.Success)
        {
            return pdf;
        }

        var number = int.Parse(size.Groups["size"].Value, CultureInfo.InvariantCulture);
        var output = new MemoryStream();
        output.Write(Anonymised(pdf));
        var objectOffset = output.Length + 1;
        var update = new StringBuilder()
            .Append('\n').Append(number).Append(" 0 obj\n<< /Title ").Append(Text(title)).Append(" /Subject ").Append(Text(subject))
            .Append(" /Author ").Append(Text(author)).Append(" /Creator ").Append(Text("DecisionRecords")).Append(" /Producer ").Append(Text("DecisionRecords"))
            .Append(" /CreationDate (D:").Append(created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Append("Z) >>\nendobj\n");
        var xrefOffset = objectOffset + Encoding.Latin1.GetByteCount(update.ToString()) - 1;
        update.Append("xref\n").Append(number).Append(" 1\n").Append(objectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n")
            .Append("trailer\n<< /Size ").Append(number + 1).Append(" /Root ").Append(root.Groups["root"].Value)
            .Append(" /Info ").Append(number).Append(" 0 R /Prev ").Append(startXref.Groups["offset"].Value).Append(" >>\n")
            .Append("startxref\n").Append(xrefOffset).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(update.ToString()));
        return output.ToArray();
    }

    /// <summary>
    /// The browser's name and version in Chromium's own document information, blanked with spaces of the same length
    /// so that every byte offset, and so the cross-reference table, stays as it was.
    /// </summary>
    private static byte[] Anonymised(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var copy = (byte[])pdf.Clone();
        foreach (Match match in BrowserName().Matches(text))
        {
            var value = match.Groups["value"];
            copy.AsSpan(value.Index, value.Length).Fill((byte)' ');
        }

        return copy;
    }

    /// <summary>A PDF text string in UTF-16 with a byte-order mark, written in hex so that no character needs escaping.</summary>
    private static string Text(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
}
