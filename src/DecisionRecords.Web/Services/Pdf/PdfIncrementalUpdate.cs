using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Objects appended to a PDF as an incremental update (ISO 32000-1, 7.5.6): new or replacing objects, a cross-reference
/// section for them and a trailer pointing back to the previous one, so every byte already in the file stays as it was.
/// </summary>
public sealed partial class PdfIncrementalUpdate
{
    private readonly MemoryStream _output = new();
    private readonly List<(int Number, int Generation, long Offset)> _objects = [];
    private readonly string _root;
    private readonly string? _info;
    private readonly string? _id;
    private readonly string _previous;
    private int _size;

    private PdfIncrementalUpdate(byte[] pdf, int size, string root, string? info, string? id, string previous)
    {
        _output.Write(pdf);
        _size = size;
        _root = root;
        _info = info;
        _id = id;
        _previous = previous;
    }

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

    /// <summary>The number the next new object takes.</summary>
    public int NextObjectNumber => _size;

    /// <summary>An update to the file, or null when its end is not the classic trailer this reads (then leave the file as it is).</summary>
    public static PdfIncrementalUpdate? Begin(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var startXref = StartXref().Match(tail);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (!startXref.Success || trailerAt < 0)
        {
            return null;
        }

        var trailer = tail[trailerAt..];
        var size = Size().Match(trailer);
        var root = Root().Match(trailer);
        var info = Info().Match(trailer);
        var id = Id().Match(trailer);
        return size.Success && root.Success
            ? new PdfIncrementalUpdate(
                pdf, int.Parse(size.Groups["value"].Value, CultureInfo.InvariantCulture), root.Groups["value"].Value,
                info.Success ? info.Groups["value"].Value : null, id.Success ? id.Groups["value"].Value : null, startXref.Groups["offset"].Value)
            : null;
    }

    /// <summary>Writes object <paramref name="number"/> (new, or replacing the one of that number) with the given body.</summary>
    public void Add(int number, int generation, ReadOnlySpan<byte> body)
    {
        _output.WriteByte((byte)'\n');
        _objects.Add((number, generation, _output.Length));
        _output.Write(Encoding.Latin1.GetBytes(FormattableString.Invariant($"{number} {generation} obj\n")));
        _output.Write(body);
        _output.Write("\nendobj\n"u8);
        _size = Math.Max(_size, number + 1);
    }

    /// <summary>A stream object, compressed.</summary>
    public void AddStream(int number, int generation, ReadOnlySpan<byte> content)
    {
        var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        var body = new MemoryStream();
        body.Write(Encoding.Latin1.GetBytes(FormattableString.Invariant($"<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n")));
        body.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        body.Write("\nendstream"u8);
        Add(number, generation, body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>The file with the update appended; <paramref name="info"/> names a new document information object.</summary>
    public byte[] Finish(string? info = null)
    {
        var xref = new StringBuilder("xref\n");
        foreach (var (number, generation, offset) in _objects.OrderBy(o => o.Number))
        {
            xref.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} {generation:D5} n \n");
        }

        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_size} /Root {_root}");
        if ((info ?? _info) is { } infoReference)
        {
            xref.Append(CultureInfo.InvariantCulture, $" /Info {infoReference}");
        }

        if (_id is not null)
        {
            xref.Append(CultureInfo.InvariantCulture, $" /ID {_id}");
        }

        var xrefOffset = _output.Length;
        xref.Append(CultureInfo.InvariantCulture, $" /Prev {_previous} >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        _output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        return _output.ToArray();
    }
}
