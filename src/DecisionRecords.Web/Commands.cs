using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web;

/// <summary>Operator commands: <c>dotnet run --project src/DecisionRecords.Web -- &lt;command&gt;</c>.</summary>
public static class Commands
{
    /// <summary>Options start with a dash; anything else first is a command.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "create-admin":
                return await CreateAdminAsync(app, args[1..]);
            case "import":
                return await ImportAsync(app, args[1..]);
            case "backup":
                return await BackupAsync(app, args[1..]);
            case "verify-audit":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
                    Console.WriteLine(result.IsIntact
                        ? $"The audit chain is intact: {result.Count} events."
                        : $"The audit chain is broken at event {result.BrokenAt}: {result.Problem}.");
                    var problems = await scope.ServiceProvider.GetRequiredService<RegisterVerifier>().VerifyAsync(CancellationToken.None);
                    Console.WriteLine(problems.Count == 0
                        ? "The register holds what the events claim: every signature binds what was published, and every version and sealed copy is held."
                        : $"The register does not hold what the events claim ({problems.Count}):");
                    foreach (var problem in problems)
                    {
                        Console.WriteLine($"- {problem}.");
                    }

                    return result.IsIntact && problems.Count == 0 ? 0 : 1;
                }

            case "reseal":
                return await ResealAsync(app, args[1..]);
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().MigrateAsync();
                }

                Console.WriteLine("The database is up to date.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: create-admin --email <address> [--name <name>], import <files or folders> [--dry-run] [--replace] [--report <file.md>], verify-audit, reseal --reason <why> [--certificate <SHA-256 of the withdrawn certificate>], backup <file>, migrate.");
                return 2;
        }
    }

    /// <summary>
    /// After a certificate is withdrawn: every stored PDF not sealed by the current certificate (or only those sealed by
    /// the one named) is printed again from its published version and sealed with the current certificate.
    /// </summary>
    private static async Task<int> ResealAsync(WebApplication app, string[] args)
    {
        var reason = Option(args, "--reason");
        var withdrawn = Option(args, "--certificate")?.Replace(" ", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(reason))
        {
            await Console.Error.WriteLineAsync("Usage: reseal --reason <why, as the public will read it> [--certificate <SHA-256 of the withdrawn certificate>]");
            return 2;
        }

        var certificates = app.Services.GetRequiredService<Services.Sealing.SealCertificates>();
        if (certificates.Usable is not { } current)
        {
            await Console.Error.WriteLineAsync(certificates.Problem);
            return 1;
        }

        List<Guid> versions;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            var sealedNow = db.SealedCopies.Where(c => c.ReplacedAt == null && c.CertificateThumbprint == current.Thumbprint).Select(c => c.VersionId);
            var named = db.SealedCopies.Where(c => c.ReplacedAt == null && c.CertificateThumbprint == withdrawn).Select(c => c.VersionId);
            versions = await db.PublishedPdfs
                .Where(p => withdrawn == null ? !sealedNow.Contains(p.VersionId) : named.Contains(p.VersionId))
                .Select(p => p.VersionId).ToListAsync();
        }

        Console.WriteLine($"Sealing {versions.Count} stored PDFs again with {current.Holder} ({current.Fingerprint}).");
        var time = app.Services.GetRequiredService<TimeProvider>();
        var done = 0;

        // The audit certificate links to /verify, and links are made from the routes, which exist once the host has
        // started: it starts on a loopback port nobody is told of, and stops when the work is done.
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            foreach (var (versionId, n) in versions.Select((v, i) => (v, i + 1)))
            {
                await using var scope = app.Services.CreateAsyncScope();
                var pdfs = scope.ServiceProvider.GetRequiredService<Services.Pdf.PublishedPdfs>();
                done += await pdfs.ResealAsync(Services.Changes.ActingContext.System(time.GetUtcNow(), "reseal command"), versionId, reason.Trim(), CancellationToken.None) ? 1 : 0;
                Console.Write($"\r{n}/{versions.Count}");
            }
        }
        finally
        {
            await app.StopAsync();
        }

        Console.WriteLine($"{(versions.Count > 0 ? "\n" : "")}Sealed again: {done}. Each is in the audit log as pdf.resealed.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <address> [--name <name>]; the password is read from standard input.");
            return 2;
        }

        if (!Console.IsInputRedirected)
        {
            Console.Write("Password: ");
        }

        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("Enter a password on standard input.");
            return 2;
        }

        await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false, migrate: true);
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var result = await service.CreateUserAsync(Services.Changes.ActingContext.System(app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "create-admin command"), email, name!, "Administrator", [Roles.Administrator], password, CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 1;
        }

        Console.WriteLine($"Created administrator {email}.");
        return 0;
    }

    /// <summary>
    /// Exit code 0 when every decision record imported (or was there already, unchanged), 1 when any was refused, 2 on
    /// bad arguments. A line a document as it goes ("[12/500] ..."), a summary CSV of every document with --summary.
    /// </summary>
    private static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        string[] flags = ["--dry-run", "--replace", "--review"];
        string[] valued = ["--report", "--summary"];
        var options = new Services.Import.ImportOptions(args.Contains("--dry-run"), args.Contains("--replace"), args.Contains("--review"));
        var report = Option(args, "--report");
        var summary = Option(args, "--summary");
        var paths = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(args[i - 1]))).ToList();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !flags.Contains(a) && !valued.Contains(a)).ToList();
        if (paths.Count == 0 || unknown.Count > 0 || (args.Contains("--report") && report is null) || (args.Contains("--summary") && summary is null))
        {
            await Console.Error.WriteLineAsync("Usage: import <files or folders> [--dry-run] [--replace] [--review] [--report <file.md>] [--summary <file.csv>]");
            return 2;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path).Where(f => new[] { ".txt", ".docx", ".pdf" }.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                await Console.Error.WriteLineAsync($"{path}: no such file or folder");
                return 2;
            }
        }

        await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false, migrate: true);
        var time = app.Services.GetRequiredService<TimeProvider>();
        var outcomes = new List<Services.Import.ImportOutcome>();
        foreach (var (file, n) in files.Select((f, i) => (f, i + 1)))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<Services.Import.LegacyImporter>();
            var outcome = await importer.ImportAsync(Services.Changes.ActingContext.System(time.GetUtcNow(), "import command"), file, await File.ReadAllBytesAsync(file), options, CancellationToken.None);
            outcomes.Add(outcome);
            Console.WriteLine($"[{n}/{files.Count}] {outcome.Line}");
            foreach (var discrepancy in outcome.Discrepancies)
            {
                Console.WriteLine($"  - {discrepancy}");
            }
        }

        var read = outcomes.Count(o => o.Imported);
        var unchanged = outcomes.Count(o => o.Result == Services.Import.ImportResult.Unchanged);
        var refused = outcomes.Count(o => o.Result == Services.Import.ImportResult.Refused);
        Console.WriteLine($"{(options.DryRun ? "Dry run: would import" : "Imported")} {read} of {outcomes.Count} documents{(options.HoldForReview && !options.DryRun ? ", held for review" : "")}; {unchanged} unchanged; {refused} refused; {outcomes.Sum(o => o.Discrepancies.Count)} notes.");
        if (report is not null)
        {
            await File.WriteAllTextAsync(report, Services.Import.ImportReport.Markdown(outcomes, options.DryRun));
        }

        if (summary is not null)
        {
            await using var writer = new StreamWriter(summary, append: false, new System.Text.UTF8Encoding(true));
            await Services.Import.ImportSummary.WriteCsvAsync(writer, outcomes.Select(Services.Import.ImportSummary.From));
        }

        return refused > 0 ? 1 : 0;
    }

    /// <summary>
    /// A consistent copy of the SQLite database while the service runs, through SQLite's online backup. On SQL Server,
    /// use the server's own BACKUP DATABASE (see docs/operations.md).
    /// </summary>
    private static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Usage: backup <file>");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("backup copies the embedded SQLite database; on SQL Server use BACKUP DATABASE (docs/operations.md).");
            return 2;
        }

        var target = Path.GetFullPath(args[0]);
        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync($"{target} already exists; choose a new file.");
            return 2;
        }

        await using var source = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString());
        await using var destination = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target};Pooling=False");
        await source.OpenAsync();
        await destination.OpenAsync();
        source.BackupDatabase(destination);
        Console.WriteLine($"Backed up to {target} ({new FileInfo(target).Length:N0} bytes).");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
