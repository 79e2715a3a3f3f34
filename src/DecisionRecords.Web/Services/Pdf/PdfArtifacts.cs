using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Chromium tags what it prints, but draws its page-margin boxes (the running header and the page numbers) and a few
/// rules outside any marked content. PDF/UA asks that every mark on a page is either tagged or an artifact, so that a
/// screen reader reads the record once, without "Page 2 of 6" in the middle of a sentence. Each graphics object left
/// outside marked content is wrapped in <c>/Artifact BMC … EMC</c>. The new content streams are appended as an
/// incremental update, so every object Chromium wrote, its structure tree among them, stays as it was.
/// </summary>
public static partial class PdfArtifacts
{
    [GeneratedRegex(@"startxref\s+(?<offset>\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(?<value>\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+(?<value>\d+\s+\d+\s+R)")]
    private static partial Regex Root();

    [GeneratedRegex(@"/Info\s+(?<value>\d+\s+\d+\s+R)")]
    private static partial Regex Info();

    [GeneratedRegex(@"/ID\s*(?<value>\[[^\]]*\])")]
    private static partial Regex Id();

    public static byte[] Mark(byte[] pdf)
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

        var changed = new SortedDictionary<int, (int Generation, byte[] Content)>();
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            foreach (var page in document.Pages)
            {
                var contents = page.Elements["/Contents"];
                var references = contents is PdfArray array ? array.Elements.OfType<PdfReference>() : contents is PdfReference one ? [one] : [];
                foreach (var reference in references)
                {
                    if (reference.Value is PdfDictionary { Stream: { } stream } && Wrap(stream.UnfilteredValue) is { } marked)
                    {
                        changed[reference.ObjectID.ObjectNumber] = (reference.ObjectID.GenerationNumber, marked);
                    }
                }
            }
        }

        if (changed.Count == 0)
        {
            return pdf;
        }

        var output = new MemoryStream();
        output.Write(pdf);
        output.WriteByte((byte)'\n');
        var offsets = new List<(int Number, int Generation, long Offset)>();
        foreach (var (number, (generation, content)) in changed)
        {
            var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(content);
            }

            offsets.Add((number, generation, output.Length));
            output.Write(Encoding.Latin1.GetBytes(FormattableString.Invariant($"{number} {generation} obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n")));
            output.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
            output.Write("\nendstream\nendobj\n"u8);
        }

        var xrefOffset = output.Length;
        var update = new StringBuilder("xref\n");
        foreach (var (number, generation, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} {generation:D5} n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size.Groups["value"].Value} /Root {root.Groups["value"].Value}");
        foreach (var carried in new[] { (Name: "Info", Match: Info().Match(trailer)), (Name: "ID", Match: Id().Match(trailer)) })
        {
            if (carried.Match.Success)
            {
                update.Append(CultureInfo.InvariantCulture, $" /{carried.Name} {carried.Match.Groups["value"].Value}");
            }
        }

        update.Append(CultureInfo.InvariantCulture, $" /Prev {startXref.Groups["offset"].Value} >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(update.ToString()));
        return output.ToArray();
    }

    /// <summary>The content stream with each graphics object outside marked content made an artifact; null when nothing needs it.</summary>
    public static byte[]? Wrap(byte[] content)
    {
        var tokens = ContentTokens.Read(content);
        if (tokens is null)
        {
            return null;
        }

        var wraps = new List<(int Start, int End)>();
        var depth = 0;
        var operandsStart = -1;
        var pathStart = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsOperator)
            {
                operandsStart = operandsStart < 0 ? token.Start : operandsStart;
                continue;
            }

            var start = operandsStart < 0 ? token.Start : operandsStart;
            operandsStart = -1;
            switch (token.Name)
            {
                case "BDC" or "BMC":
                    depth++;
                    pathStart = -1;
                    continue;
                case "EMC":
                    depth--;
                    pathStart = -1;
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            switch (token.Name)
            {
                case "BT":
                    var end = tokens.FindIndex(i, t => t.IsOperator && t.Name is "ET" or "BDC" or "BMC" or "EMC");
                    if (end < 0 || tokens[end].Name != "ET")
                    {
                        // Marked content inside a text object, or no end to it: not a shape this can wrap safely.
                        return null;
                    }

                    wraps.Add((start, tokens[end].End));
                    i = end;
                    break;
                case "m" or "re" when pathStart < 0:
                    pathStart = start;
                    break;
                case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" when pathStart >= 0:
                    wraps.Add((pathStart, token.End));
                    pathStart = -1;
                    break;
                case "n":
                    // A clipping path paints nothing.
                    pathStart = -1;
                    break;
            }
        }

        if (wraps.Count == 0)
        {
            return null;
        }

        var output = new MemoryStream(content.Length + (wraps.Count * 24));
        var at = 0;
        foreach (var (start, end) in wraps)
        {
            output.Write(content.AsSpan(at, start - at));
            output.Write("/Artifact BMC\n"u8);
            output.Write(content.AsSpan(start, end - start));
            output.Write("\nEMC"u8);
            at = end;
        }

        output.Write(content.AsSpan(at));
        return output.ToArray();
    }
}
