using System.Diagnostics;
using System.Globalization;
using DecisionRecords.Web;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Import;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Benchmarks for docs/performance.md; bench/run.sh runs them with wrk and nginx. Not part of the test suite.
return args.FirstOrDefault() switch
{
    "generate" => await Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "pdf" => await Pdf(args[1]),
    "search" => await Search(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "archive" => await Archive(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "hostile-verify" => HostileVerify(args[1], args[2]),
    "alerts" => await AlertsBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), Vocabulary()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("generate <database> <count> | pdf <database> | search <base-url> <requests> | archive <database> <documents> | hostile-verify <anti-forgery token> <body file> | alerts <database> <subscribers> <lists>");
    return 2;
}

static WebApplication App(string database) => WebApp.Build(
[
    $"--ConnectionStrings:DecisionRecords=Data Source={database}",
    "--Database:Provider=Sqlite",
    "--BackgroundJobs:Enabled=false",
    "--Serilog:MinimumLevel:Default=Warning",
    "--environment=Production",
    "--PublicSite:BaseUrl=http://127.0.0.1",
    "--Accessibility:ContactEmail=access@bench.example",
    "--Accessibility:StatementPreparedOn=2026-01-01",

    // A self-signed certificate beside the database: sealing costs the same whoever issued the certificate.
    "--Seal:CreateDevelopmentCertificate=true",
    $"--Seal:DevelopmentCertificatePath={Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "bench-seal.pfx")}",
]);

// Synthetic published decisions, plus the four real seed records, so that the register and search work at scale.
static async Task<int> Generate(string database, int count)
{
    File.Delete(database);
    var app = App(database);
    await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false);
    var random = new Random(2026);
    var words = Vocabulary();

    // Word frequencies follow Zipf's law, as in real text: a few words are everywhere, most are rare.
    var weights = Enumerable.Range(1, words.Length).Select(rank => 1.0 / rank).ToArray();
    var cumulative = new double[weights.Length];
    for (var w = 0; w < weights.Length; w++)
    {
        cumulative[w] = weights[w] + (w == 0 ? 0 : cumulative[w - 1]);
    }

    string Word()
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return words[index < 0 ? Math.Min(~index, words.Length - 1) : index];
    }
    var clock = Stopwatch.StartNew();
    var now = DateTimeOffset.UtcNow;
    for (var batch = 0; batch < count; batch += 250)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<Publisher>();
        for (var i = batch; i < Math.Min(count, batch + 250); i++)
        {
            var record = SyntheticRecord.Create(i, random, Word, now);
            db.DecisionRecords.Add(record);
            await publisher.FreezeAsync(record, now, null, CancellationToken.None);
        }

        await db.SaveChangesAsync();
    }

    await using (var scope = app.Services.CreateAsyncScope())
    {
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "EXE*.txt"))
        {
            Console.WriteLine((await importer.ImportAsync(DecisionRecords.Web.Services.Changes.ActingContext.System(DateTimeOffset.UtcNow, "import"), Path.GetFileName(file), await File.ReadAllBytesAsync(file), new ImportOptions(), CancellationToken.None)).Line);
        }
    }

    Console.WriteLine($"Generated {count} decisions in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

// 3,000 made-up words, so that search terms range from common to rare; "community", "safety" and "victims" lead the list.
static string[] Vocabulary()
{
    string[] syllables = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "va", "we", "xi", "yo", "zu"];
    var made = new List<string> { "community", "safety", "victims", "grant", "youth", "prevention", "partnership", "domestic", "abuse", "rural" };
    for (var i = 0; made.Count < 3000; i++)
    {
        made.Add(syllables[i % 20] + syllables[(i / 20) % 20] + syllables[(i / 400) % 20] + (i >= 8000 ? syllables[i % 7] : ""));
    }

    return made.ToArray();
}

// Cold start: a new renderer (Playwright driver and Chromium launch) and its first page; warm: the median of 20 more.
static async Task<int> Pdf(string database)
{
    var app = App(database);
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
    var version = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.Slug == "EXE0003-20" && v.IsLatest);
    var print = scope.ServiceProvider.GetRequiredService<PrintView>();
    var model = new PrintModel(PublishedDecision.FromJson(version.ContentJson), Draft: false);

    var clock = Stopwatch.StartNew();
    var bytes = await print.PdfAsync(model, CancellationToken.None);
    var cold = clock.Elapsed.TotalMilliseconds;
    var warm = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        clock.Restart();
        bytes = await print.PdfAsync(model, CancellationToken.None);
        warm.Add(clock.Elapsed.TotalMilliseconds);
    }

    warm.Sort();
    Console.WriteLine($"pdf.cold_ms={cold:0}");
    Console.WriteLine($"pdf.warm_median_ms={warm[warm.Count / 2]:0}");
    Console.WriteLine($"pdf.warm_p95_ms={warm[(int)(warm.Count * 0.95) - 1]:0}");
    Console.WriteLine($"pdf.bytes={bytes.Length}");

    // What a publication prints now: the same record with its audit certificate page, then sealed. Each part is timed.
    var sealer = scope.ServiceProvider.GetRequiredService<DecisionRecords.Web.Services.Sealing.PdfSealer>();
    var certificate = sealer.Certificate ?? throw new InvalidOperationException("No seal certificate");
    var audit = new DecisionRecords.Web.Services.Sealing.AuditCertificate(version.Number, version.ChangeNote, version.FirstPublishedAt, version.PublishedAt,
        certificate.Holder, certificate.Fingerprint, certificate.IsSelfSigned, DateTimeOffset.UtcNow, "http://127.0.0.1/verify?decision=EXE0003-20&version=1",
        DecisionRecords.Web.Services.Sealing.AuditCertificate.QrCode("http://127.0.0.1/verify?decision=EXE0003-20&version=1"), null);
    var withCertificate = new PrintModel(model.Decision, Draft: false, audit);
    await sealer.SealAsync(await print.PdfAsync(withCertificate, CancellationToken.None), "warm-up");
    var printed = new List<double>();
    var sealing = new List<double>();
    byte[] sealedBytes = [];
    for (var i = 0; i < 20; i++)
    {
        clock.Restart();
        var unsealed = await print.PdfAsync(withCertificate, CancellationToken.None);
        printed.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        sealedBytes = await sealer.SealAsync(unsealed, "Published decision record EXE0003/20, version 1");
        sealing.Add(clock.Elapsed.TotalMilliseconds);
    }

    printed.Sort();
    sealing.Sort();
    Console.WriteLine($"pdf.with_audit_certificate_median_ms={printed[printed.Count / 2]:0}");
    Console.WriteLine($"seal.median_ms={sealing[sealing.Count / 2]:0.0}");
    Console.WriteLine($"seal.p95_ms={sealing[(int)(sealing.Count * 0.95) - 1]:0.0}");
    Console.WriteLine($"seal.max_ms={sealing[^1]:0.0}");
    Console.WriteLine($"pdf.sealed_bytes={sealedBytes.Length}");
    await scope.ServiceProvider.GetRequiredService<IPdfRenderer>().IsAvailableAsync(CancellationToken.None);
    return 0;
}

// Uncached searches: every query is different, so the output cache never answers; one request at a time.
static async Task<int> Search(string baseUrl, int requests)
{
    using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    // From the commonest word (in almost every decision) to rare ones, phrases and references.
    var vocabulary = Vocabulary();
    var terms = new[] { "community", "safety victims", "people zones", "EXE0003-20", "commissioning framework" }
        .Concat(new[] { 5, 20, 50, 100, 300, 1000, 2000, 2900 }.Select(rank => vocabulary[rank]))
        .ToArray();
    var times = new List<double>();
    var byTerm = terms.ToDictionary(t => t, _ => new List<double>());
    var errors = 0;
    // A salt unique to this run keeps every URL new to the output cache; the first round warms up the service.
    var salt = Guid.NewGuid().ToString("N")[..8];
    for (var i = -terms.Length; i < requests; i++)
    {
        var term = terms[(i + terms.Length) % terms.Length];
        var url = $"/decisions?q={Uri.EscapeDataString(term)}&page={1 + ((i + terms.Length) % 5)}&n={salt}{i}";
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        if (i >= 0)
        {
            times.Add(clock.Elapsed.TotalMilliseconds);
            byTerm[term].Add(clock.Elapsed.TotalMilliseconds);
            errors += response.IsSuccessStatusCode ? 0 : 1;
        }
    }

    foreach (var (term, list) in byTerm)
    {
        list.Sort();
        Console.WriteLine($"search.term[{term}].median_ms={list[list.Count / 2]:0.0}");
    }

    times.Sort();
    Console.WriteLine($"search.requests={requests}");
    Console.WriteLine($"search.errors={errors}");
    Console.WriteLine($"search.p50_ms={times[times.Count / 2]:0.0}");
    Console.WriteLine($"search.p95_ms={times[(int)(times.Count * 0.95) - 1]:0.0}");
    return errors == 0 ? 0 : 1;
}

// The office's archive: the seed records under new references, half as text and half as Word, imported as the
// import command does (a scope and a transaction a document); then the seeds as PDFs saved by LibreOffice, read.
static async Task<int> Archive(string database, int count)
{
    File.Delete(database);
    var app = App(database);
    await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false);
    var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "EXE*.txt").Order(StringComparer.Ordinal).ToArray();
    var texts = seeds.Select(File.ReadAllText).ToArray();
    var references = texts.Select(t => LegacyRecordParser.Parse(t).Reference).ToArray();
    var folder = Directory.CreateTempSubdirectory("archive-bench-");
    try
    {
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Length].Replace(references[i % texts.Length], $"ARC{i:0000}-24", StringComparison.Ordinal);
            var name = Path.Combine(folder.FullName, $"ARC{i:0000}-24");
            if (i % 2 == 0)
            {
                await File.WriteAllTextAsync(name + ".txt", text);
            }
            else
            {
                await File.WriteAllBytesAsync(name + ".docx", DecisionRecords.Tests.Infrastructure.Docx.FromText(text));
            }
        }

        var files = Directory.GetFiles(folder.FullName).Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var imported = 0;
        foreach (var file in files)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(
                DecisionRecords.Web.Services.Changes.ActingContext.System(DateTimeOffset.UtcNow, "import command"), file, await File.ReadAllBytesAsync(file), new ImportOptions(), CancellationToken.None);
            imported += outcome.Result == ImportResult.Imported ? 1 : 0;
        }

        Console.WriteLine($"archive.documents={files.Count}");
        Console.WriteLine($"archive.imported={imported}");
        Console.WriteLine($"archive.seconds={clock.Elapsed.TotalSeconds:0.0}");
        Console.WriteLine($"archive.ms_per_document={clock.Elapsed.TotalMilliseconds / files.Count:0.0}");

        // The same folder again: every document unchanged.
        clock.Restart();
        var unchanged = 0;
        foreach (var file in files)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(
                DecisionRecords.Web.Services.Changes.ActingContext.System(DateTimeOffset.UtcNow, "import command"), file, await File.ReadAllBytesAsync(file), new ImportOptions(), CancellationToken.None);
            unchanged += outcome.Result == ImportResult.Unchanged ? 1 : 0;
        }

        Console.WriteLine($"archive.again_unchanged={unchanged}");
        Console.WriteLine($"archive.again_seconds={clock.Elapsed.TotalSeconds:0.0}");
        await Batch(database + ".batch.db", files);
        await PdfReading(seeds, folder.FullName);
        return imported == count && unchanged == count ? 0 : 1;
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}

// The same documents uploaded on the import page: checked, then imported, by the background worker's own code.
static async Task Batch(string database, List<string> files)
{
    File.Delete(database);
    var app = App(database);
    await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false);
    var documents = new List<(string, byte[])>();
    foreach (var file in files)
    {
        documents.Add((Path.GetFileName(file), await File.ReadAllBytesAsync(file)));
    }

    await using var scope = app.Services.CreateAsyncScope();
    var batches = scope.ServiceProvider.GetRequiredService<ImportBatches>();
    var system = DecisionRecords.Web.Services.Changes.ActingContext.System(DateTimeOffset.UtcNow, "bench") with { UserId = "bench" };
    var clock = Stopwatch.StartNew();
    var batch = await batches.CreateAsync(system, "Benchmark", documents, replace: false, holdForReview: false, CancellationToken.None);
    var upload = clock.Elapsed.TotalSeconds;
    await batches.RunAsync(TimeProvider.System, CancellationToken.None);
    var check = clock.Elapsed.TotalSeconds - upload;
    await using var second = app.Services.CreateAsyncScope();
    var version = await second.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().ImportBatches.Where(b => b.Id == batch.Id).Select(b => b.Version).SingleAsync();
    if (!await second.ServiceProvider.GetRequiredService<ImportBatches>().StartImportAsync(batch.Id, version, CancellationToken.None))
    {
        throw new InvalidOperationException("The batch could not be started.");
    }

    await batches.RunAsync(TimeProvider.System, CancellationToken.None);
    var imported = await second.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().DecisionRecords.CountAsync();
    Console.WriteLine($"batch.documents={documents.Count} batch.imported={imported} batch.store_seconds={upload:0.0} batch.check_seconds={check:0.0} batch.import_seconds={clock.Elapsed.TotalSeconds - upload - check:0.0} batch.total_seconds={clock.Elapsed.TotalSeconds:0.0}");
}

static async Task PdfReading(string[] seeds, string folder)
{
    if (!File.Exists("/usr/bin/soffice"))
    {
        Console.WriteLine("pdf_read: LibreOffice is not installed; skipped");
        return;
    }

    var pdfFolder = Directory.CreateDirectory(Path.Combine(folder, "pdf"));
    foreach (var seed in seeds)
    {
        await File.WriteAllBytesAsync(Path.Combine(pdfFolder.FullName, Path.GetFileNameWithoutExtension(seed) + ".docx"), DecisionRecords.Tests.Infrastructure.Docx.FromText(await File.ReadAllTextAsync(seed)));
    }

    var convert = Process.Start(new ProcessStartInfo("/usr/bin/soffice",
        [$"-env:UserInstallation=file://{pdfFolder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", pdfFolder.FullName, .. Directory.GetFiles(pdfFolder.FullName, "*.docx")])
    { RedirectStandardOutput = true, RedirectStandardError = true })!;
    await convert.WaitForExitAsync();
    foreach (var pdf in Directory.GetFiles(pdfFolder.FullName, "*.pdf").Order(StringComparer.Ordinal))
    {
        var bytes = await File.ReadAllBytesAsync(pdf);
        LegacyRecordParser.Parse(LegacyImporter.ReadText(pdf, bytes));
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            LegacyRecordParser.Parse(LegacyImporter.ReadText(pdf, bytes));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Console.WriteLine($"pdf_read[{Path.GetFileNameWithoutExtension(pdf)}] pages={document.NumberOfPages} bytes={bytes.Length} median_ms={times[times.Count / 2]:0.0} p95_ms={times[(int)(times.Count * 0.95)]:0.0}");
    }
}

// A hostile upload to /verify, as a multipart form body with the given anti-forgery token: a 21 MB "PDF" whose last
// signature claims a /Contents of 21 MB, as the 27,000-signer file did. The boundary is printed for the Content-Type.
static int HostileVerify(string token, string bodyFile)
{
    const string boundary = "hostile-verify-boundary";
    var hex = new string('0', 21 * 1024 * 1024);
    var head = "%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 BBBBBBBBBB CCCCCCCCCC 0000000020] /Contents ";
    var b = head.Length;
    var c = b + hex.Length + 2;
    head = head.Replace("BBBBBBBBBB", b.ToString("D10", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("CCCCCCCCCC", c.ToString("D10", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    var pdf = head + "<" + hex + ">" + " >> endobj\n%%EOF\n";
    using var body = File.CreateText(bodyFile);
    body.NewLine = "\r\n";
    body.WriteLine($"--{boundary}");
    body.WriteLine("Content-Disposition: form-data; name=\"__RequestVerificationToken\"");
    body.WriteLine();
    body.WriteLine(token);
    body.WriteLine($"--{boundary}");
    body.WriteLine("Content-Disposition: form-data; name=\"Input.File\"; filename=\"copy.pdf\"");
    body.WriteLine("Content-Type: application/pdf");
    body.WriteLine();
    body.WriteLine(pdf);
    body.WriteLine($"--{boundary}--");
    Console.WriteLine(boundary);
    return 0;
}
