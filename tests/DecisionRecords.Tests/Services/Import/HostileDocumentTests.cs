using System.IO.Compression;
using System.Text;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using DecisionRecords.Web.Services.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>Small files made to cost a reader gigabytes or its stack: each is refused within its budget, and never holds up the rest.</summary>
public class HostileDocumentTests(TestApp app) : PageTest(app)
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] Docx(Action<Stream> writeBody)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var body = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            writeBody(body);
        }

        return zip.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static byte[] DeeplyNested(int depth) => Docx(body =>
    {
        Write(body, $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        for (var i = 0; i < depth; i++)
        {
            Write(body, "<w:customXml>");
        }

        for (var i = 0; i < depth; i++)
        {
            Write(body, "</w:customXml>");
        }

        Write(body, "</w:body></w:document>");
    });

    private static byte[] HugeText(int megabytes) => Docx(body =>
    {
        Write(body, $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
        var chunk = Encoding.ASCII.GetBytes(new string('A', 1024 * 1024));
        for (var i = 0; i < megabytes; i++)
        {
            body.Write(chunk);
        }

        Write(body, "</w:t></w:r></w:p></w:body></w:document>");
    });

    private static byte[] PdfWithHugeStream(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(chunk);
            }
        }

        var head = Encoding.Latin1.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return [.. head, .. packed.ToArray(), .. tail];
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "nested.docx", "nests its content more than 100 deep" },
        { "huge-text.docx", "unpacks to more than" },
        { "huge-stream.pdf", "unpacks to more than 64 MB" },
    };

    private static byte[] Make(string name) => name switch
    {
        "nested.docx" => DeeplyNested(200_000),
        "huge-text.docx" => HugeText(80),
        _ => PdfWithHugeStream(80),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ReadText_AHostileDocument_IsRefusedWithTheLimitItBroke(string name, string reason)
    {
        var content = Make(name);
        Assert.True(content.Length < 1024 * 1024, $"{name} is {content.Length} bytes: the test is of a small file");

        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyImporter.ReadText(name, content));

        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    private static async Task<(byte[] Seed, ActingContext Actor)> WorkerSetupAsync(TestApp app) =>
        (await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0005-21.txt")), ActingContext.System(app.Time.GetUtcNow(), "import") with { UserId = "admin" });

    [Fact]
    public async Task TheImportWorker_RefusesTheHostileOnesAndADocumentThatStoppedItTwice_AndReadsTheRest()
    {
        await using var app = new TestApp();
        var (seed, actor) = await WorkerSetupAsync(app);
        Guid batchId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var batch = await scope.ServiceProvider.GetRequiredService<ImportBatches>().CreateAsync(actor, "Admin", [
                ("crashed-twice.txt", seed),
                ("nested.docx", Make("nested.docx")),
                ("huge-stream.pdf", Make("huge-stream.pdf")),
                ("EXE0005-21.txt", seed),
            ], replace: false, holdForReview: false, CancellationToken.None);
            batchId = batch.Id;
        }

        // As if the process died twice while reading the first document.
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE ImportItems SET Attempts = 2 WHERE BatchId = {batchId} AND FileName = 'crashed-twice.txt'"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ImportBatches>().RunAsync(app.Time, CancellationToken.None);
        }

        var items = await app.WithDbAsync(db => db.ImportItems.Where(i => i.BatchId == batchId).OrderBy(i => i.Position).ToListAsync());
        Assert.Equal([ImportItemState.Refused, ImportItemState.Refused, ImportItemState.Refused, ImportItemState.Ready], items.Select(i => i.State));
        Assert.Contains("stopped the import 2 times", items[0].Refusal, StringComparison.Ordinal);
        Assert.Contains("100 deep", items[1].Refusal, StringComparison.Ordinal);
        Assert.Contains("64 MB", items[2].Refusal, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal(0, i.Attempts));
    }

    [Fact]
    public async Task TheImportWorker_RecordsAsImported_ADocumentAnEarlierReadingPutInTheRegisterBeforeItStopped()
    {
        await using var app = new TestApp();
        var (seed, actor) = await WorkerSetupAsync(app);
        Guid batchId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var batches = scope.ServiceProvider.GetRequiredService<ImportBatches>();
            batchId = (await batches.CreateAsync(actor, "Admin", [("EXE0005-21.txt", seed)], replace: false, holdForReview: false, CancellationToken.None)).Id;
            await batches.RunAsync(app.Time, CancellationToken.None);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var version = await app.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == batchId).Select(b => b.Version).SingleAsync());
            Assert.True(await scope.ServiceProvider.GetRequiredService<ImportBatches>().StartImportAsync(batchId, version, CancellationToken.None));
        }

        // As if an instance read the document into the register, then stopped before recording that it had.
        Assert.True((await app.ImportAsync("EXE0005-21.txt", seed)).Imported);
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE ImportItems SET Attempts = 1 WHERE BatchId = {batchId}"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ImportBatches>().RunAsync(app.Time, CancellationToken.None);
        }

        var item = await app.WithDbAsync(db => db.ImportItems.SingleAsync(i => i.BatchId == batchId));
        Assert.Equal(ImportItemState.Imported, item.State);
        Assert.Equal("EXE0005-21", item.Reference);
        Assert.Equal(1, await app.WithDbAsync(db => db.DecisionRecords.CountAsync()));
    }
}
