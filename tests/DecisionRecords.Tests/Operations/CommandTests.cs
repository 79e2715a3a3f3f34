using System.Diagnostics;
using DecisionRecords.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Operations;

/// <summary>The operator commands, run as the built program in Production with the password on standard input.</summary>
public class CommandTests
{
    private static Task<(int ExitCode, string Output)> RunAsync(string databasePath, string stdin, params string[] args) =>
        RunAsync(databasePath, stdin, new Dictionary<string, string>(), args);

    /// <summary>The built program in Production on the given database, with more settings in its environment.</summary>
    internal static async Task<(int ExitCode, string Output)> RunAsync(string databasePath, string stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DecisionRecords.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PublicSite__BaseUrl"] = "https://decisions.test.example";
        start.Environment["ConnectionStrings__DecisionRecords"] = $"Data Source={databasePath}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, output);
    }

    [Theory]
    [InlineData("reseal")]
    [InlineData("import")]
    [InlineData("migrate")]
    public async Task Command_RunsNoBackgroundWork_WhileTheServiceDoes(string command)
    {
        await using var asCommand = Web.WebApp.Build([command, "--environment", "Development"]);
        await using var asService = Web.WebApp.Build(["--environment", "Development"]);

        Assert.Empty(asCommand.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Microsoft.Extensions.Hosting.BackgroundService>());
        Assert.Contains(asService.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is Web.Services.Pdf.PdfBackgroundService);
    }

    [Fact]
    public async Task CreateAdmin_InProduction_CreatesOnlyThatAdministrator()
    {
        var path = Path.Combine(Path.GetTempPath(), $"create-admin-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, output) = await RunAsync(path, "A-strong-password-2026", "create-admin", "--email", "first.admin@test.example", "--name", "First Admin");

            Assert.True(exitCode == 0, output);
            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path}").Options);
            var user = await db.Users.SingleAsync();
            Assert.Equal("first.admin@test.example", user.Email);
            Assert.Equal(Roles.Administrator, await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
            Assert.Empty(await db.DecisionRecords.ToListAsync());

            var (again, againOutput) = await RunAsync(path, "A-strong-password-2026", "create-admin", "--email", "first.admin@test.example");
            Assert.Equal(1, again);
            Assert.Contains("already exists", againOutput, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Import_DryRunOfTheSeeds_PrintsFourImportsTheRefusalAndTheDiscrepancies()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.db");
        var report = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.md");
        var summary = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        try
        {
            var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            var (exitCode, output) = await RunAsync(path, "", "import", seeds, "--dry-run", "--report", report);

            Assert.Equal(1, exitCode);
            Assert.Contains("EXE0003-20.txt: ready to import EXE0003/20", output, StringComparison.Ordinal);
            Assert.Contains("EXE0005-21.txt: ready to import EXE0005-21", output, StringComparison.Ordinal);
            Assert.Contains("EXE0019-24.txt: ready to import EXE0019-24", output, StringComparison.Ordinal);
            Assert.Contains("EXE0021-24.txt: ready to import EXE0021-24", output, StringComparison.Ordinal);
            Assert.Contains("board-report-2024-03-22.txt: refused: this is not a decision record", output, StringComparison.Ordinal);
            Assert.Contains("The record's text states a total of £4,385,961 (", output, StringComparison.Ordinal);
            Assert.Contains("gives £97,905.00 for 2024/25; the lines above it add to £97,905.01", output, StringComparison.Ordinal);
            Assert.Contains("“£148,000,00”; it is read as £148,000.00", output, StringComparison.Ordinal);
            Assert.Contains("[1/5] ", output, StringComparison.Ordinal);
            Assert.Contains("Dry run: would import 4 of 5 documents; 0 unchanged; 1 refused", output, StringComparison.Ordinal);
            Assert.Contains("## EXE0019-24.txt", await File.ReadAllTextAsync(report), StringComparison.Ordinal);

            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path}").Options);
            Assert.Empty(await db.DecisionRecords.ToListAsync());

            var (imported, importOutput) = await RunAsync(path, "", "import", Path.Combine(seeds, "EXE0019-24.txt"), "--summary", summary);
            Assert.True(imported == 0, importOutput);
            var rows = Pages.Decisions.RegisterTests.ParseCsvDocument(await File.ReadAllTextAsync(summary));
            Assert.Equal(["file", "result", "reference", "refusal", "notes", "what_the_notes_say"], rows[0]);
            Assert.Equal(["EXE0019-24.txt", "imported", "EXE0019-24"], rows[1].Take(3));

            // The same folder again changes nothing.
            var (again, againOutput) = await RunAsync(path, "", "import", Path.Combine(seeds, "EXE0019-24.txt"));
            Assert.True(again == 0, againOutput);
            Assert.Contains("unchanged: EXE0019-24 was imported from this same document before", againOutput, StringComparison.Ordinal);
            Assert.Equal(2, (await RunAsync(path, "", "import", "--no-such-flag", seeds)).ExitCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(report);
            File.Delete(summary);
        }
    }

    [Fact]
    public async Task Backup_CopiesTheDatabaseAndTheCopyOpensWithEveryRecord()
    {
        var path = Path.Combine(Path.GetTempPath(), $"backup-source-{Guid.NewGuid():N}.db");
        var copy = Path.Combine(Path.GetTempPath(), $"backup-copy-{Guid.NewGuid():N}.db");
        try
        {
            var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            Assert.Equal(1, (await RunAsync(path, "", "import", seeds)).ExitCode);

            var (exitCode, output) = await RunAsync(path, "", "backup", copy);

            Assert.True(exitCode == 0, output);
            await using var restored = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={copy}").Options);
            Assert.Equal(["EXE0003-20", "EXE0005-21", "EXE0019-24", "EXE0021-24"], await restored.DecisionRecords.Select(r => r.Slug).OrderBy(s => s).ToListAsync());
            Assert.Equal(4, await restored.PublishedVersions.CountAsync());
            Assert.Equal(2, (await RunAsync(path, "", "backup", copy)).ExitCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task VerifyAudit_ReportsTheFirstBrokenLink()
    {
        var path = Path.Combine(Path.GetTempPath(), $"verify-audit-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(0, (await RunAsync(path, "A-strong-password-2026", "create-admin", "--email", "one@test.example")).ExitCode);
            Assert.Equal(0, (await RunAsync(path, "A-strong-password-2026", "create-admin", "--email", "two@test.example")).ExitCode);

            var (intact, intactOutput) = await RunAsync(path, "", "verify-audit");
            Assert.True(intact == 0, intactOutput);
            Assert.Contains("The audit chain is intact: 2 events.", intactOutput, StringComparison.Ordinal);

            await using (var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path}").Options))
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET UserName = 'someone else' WHERE Sequence = 1");
            }

            SqliteConnection.ClearAllPools();
            var (broken, brokenOutput) = await RunAsync(path, "", "verify-audit");
            Assert.Equal(1, broken);
            Assert.Contains("The audit chain is broken at event 1", brokenOutput, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CreateAdmin_WeakPasswordOrNoEmail_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"create-admin-{Guid.NewGuid():N}.db");
        try
        {
            var (weak, weakOutput) = await RunAsync(path, "short", "create-admin", "--email", "a@test.example");
            Assert.Equal(1, weak);
            Assert.Contains("Password must be 12 characters or more", weakOutput, StringComparison.Ordinal);

            var (usage, _) = await RunAsync(path, "", "create-admin");
            Assert.Equal(2, usage);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
