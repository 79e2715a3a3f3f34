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
    [GeneratedRegex(@"/(Creator|Producer)\s*\((?<value>[^()\\]*)\)")]
    private static partial Regex BrowserName();

    public static byte[] Set(byte[] pdf, string title, string subject, string author, DateTimeOffset created)
    {
        if (PdfIncrementalUpdate.Begin(Anonymised(pdf)) is not { } update)
        {
            // Not the classic cross-reference table this relies on: leave the file as it is rather than risk it.
            return pdf;
        }

        var number = update.NextObjectNumber;
        var info = new StringBuilder()
            .Append("<< /Title ").Append(Text(title)).Append(" /Subject ").Append(Text(subject))
            .Append(" /Author ").Append(Text(author)).Append(" /Creator ").Append(Text("DecisionRecords")).Append(" /Producer ").Append(Text("DecisionRecords"))
            .Append(" /CreationDate (D:").Append(created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Append("Z) >>");
        update.Add(number, 0, Encoding.Latin1.GetBytes(info.ToString()));
        return update.Finish(info: FormattableString.Invariant($"{number} 0 R"));
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
