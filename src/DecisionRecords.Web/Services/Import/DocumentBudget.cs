using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// What one archive document may cost to read, checked in a single streaming pass before a parser builds anything from
/// it: a Word document's parts unpacked, its XML nested and its text; a PDF's streams inflated. A real decision record
/// is a few pages; a document past these limits is refused with the limit it broke, whatever it was made to do.
/// </summary>
public static partial class DocumentBudget
{
    /// <summary>Unpacked bytes of one part of a Word document (a decision record's body is well under 1 MB).</summary>
    public const long MaxPartBytes = 16 * 1024 * 1024;

    /// <summary>Unpacked bytes of every part of a Word document, or every stream of a PDF, together.</summary>
    public const long MaxUnpackedBytes = 64 * 1024 * 1024;

    /// <summary>How deep a Word document's XML may nest (real documents stay under 30).</summary>
    public const int MaxDepth = 100;

    /// <summary>Characters of text in one run of a Word document.</summary>
    public const int MaxTextCharacters = 1_000_000;

    /// <summary>How long reading one document may take before it is refused.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);

    public static void CheckDocx(byte[] content, CancellationToken cancellationToken)
    {
        using var archive = OpenZip(content);
        long total = 0;
        try
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var part = new BoundedStream(entry.Open(), Math.Min(MaxPartBytes, MaxUnpackedBytes - total), entry.FullName);
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, CloseInput = false };
                using var reader = XmlReader.Create(part, settings);
                var nodes = 0;
                while (reader.Read())
                {
                    if (reader.Depth > MaxDepth)
                    {
                        throw new ImportRefusedException($"the Word document nests its content more than {MaxDepth} deep in {entry.FullName}");
                    }

                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value.Length > MaxTextCharacters)
                    {
                        throw new ImportRefusedException($"the Word document has a run of more than {MaxTextCharacters:N0} characters in {entry.FullName}");
                    }

                    if (++nodes % 4096 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                total += part.BytesRead;
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            throw new ImportRefusedException($"the Word document cannot be read: {ex.Message}");
        }
    }

    [GeneratedRegex(@"/FlateDecode")]
    private static partial Regex Flate();

    /// <summary>Inflates every compressed stream of a PDF into nothing, counting, and refuses one that unpacks past the limit.</summary>
    public static void CheckPdf(byte[] content, CancellationToken cancellationToken)
    {
        long total = 0;
        var span = content.AsSpan();
        var at = 0;
        while (at < content.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = span[at..].IndexOf("stream"u8);
            if (start < 0)
            {
                return;
            }

            start += at;
            var data = start + "stream".Length;
            if (start >= 3 && span[(start - 3)..start].SequenceEqual("end"u8))
            {
                at = data;
                continue;
            }

            data += data < content.Length && content[data] == '\r' ? 1 : 0;
            data += data < content.Length && content[data] == '\n' ? 1 : 0;
            var end = span[data..].IndexOf("endstream"u8);
            end = end < 0 ? content.Length : data + end;
            var dictionary = Latin1Before(content, start, 512);
            if (Flate().IsMatch(dictionary))
            {
                total += Inflated(content, data, end - data, MaxUnpackedBytes - total, cancellationToken);
            }

            at = end;
        }
    }

    private static string Latin1Before(byte[] content, int end, int length)
    {
        var start = Math.Max(0, end - length);
        var text = System.Text.Encoding.Latin1.GetString(content, start, end - start);
        var dictionary = text.LastIndexOf("<<", StringComparison.Ordinal);
        return dictionary < 0 ? text : text[dictionary..];
    }

    /// <summary>How many bytes a zlib stream unpacks to, reading no further than the limit; a damaged stream counts what it gave.</summary>
    private static long Inflated(byte[] content, int offset, int length, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long count = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(content, offset, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                count += read;
                if (count > limit)
                {
                    throw new ImportRefusedException($"the PDF's content unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB");
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (InvalidDataException)
        {
            // The parser reports a damaged stream in its own words; only the size is this check's business.
        }

        return count;
    }

    private static ZipArchive OpenZip(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new ImportRefusedException($"the Word document cannot be read: {ex.Message}");
        }
    }

    /// <summary>Reads a part no further than its budget.</summary>
    private sealed class BoundedStream(Stream inner, long limit, string name) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            if (BytesRead > limit)
            {
                throw new ImportRefusedException($"the Word document's {name} unpacks to more than {limit / (1024 * 1024)} MB");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
