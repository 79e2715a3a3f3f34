using System.Diagnostics;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Operations;

/// <summary>
/// Three instances of the real service, as separate processes on one database (SQLite in WAL mode), sending through a
/// real SMTP server in the test; one is killed, as a power cut would, between handing an email to the mail server and
/// recording it. Every email arrives once, or once more with the same Message-ID where the kill fell.
/// </summary>
public class SeveralInstancesTests
{
    private static SqliteDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);

    [Fact]
    public async Task ThreeInstances_OneDatabase_EveryEmailArrivesOnce_WhenOneIsKilledMidSend()
    {
        const int Emails = 200;
        var database = Path.Combine(Path.GetTempPath(), $"instances-{Guid.NewGuid():N}.db");
        await using var smtp = TestSmtpServer.Start();
        var processes = new List<Process>();
        var clock = Stopwatch.StartNew();
        try
        {
            await using (var db = Open(database))
            {
                await db.EnsureSchemaAsync(migrate: true);
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < Emails; i++)
                {
                    db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), $"subscriber{i}@test.example", $"Message {i}", $"Body {i}", now.AddMilliseconds(i)));
                }

                await db.SaveChangesAsync();
            }

            SqliteConnection.ClearAllPools();
            var settings = new Dictionary<string, string>(smtp.Settings)
            {
                ["Email__PollSeconds"] = "1",
                ["Email__ClaimLeaseSeconds"] = "5",
                ["Testing__KillSwitch"] = "true",
                ["Demo__Seed"] = "false",
            };

            // The first instance dies after its 20th hand-over to the mail server, before recording it.
            var doomed = await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", new Dictionary<string, string>(settings) { ["Testing__KillAfterSends"] = "20" });
            processes.Add(doomed);
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));

            int unsent;
            do
            {
                await Task.Delay(250);
                await using var db = Open(database);
                unsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null);
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"{unsent} of {Emails} emails still unsent after {clock.Elapsed}");
            }
            while (unsent > 0);

            Assert.True(doomed.HasExited, "the first instance was to be killed mid-send");
            await Task.Delay(500);

            List<OutboxMessage> stored;
            await using (var db = Open(database))
            {
                stored = await db.OutboxMessages.AsNoTracking().ToListAsync();
            }

            var arrived = smtp.Received.GroupBy(m => m.MessageId).ToDictionary(g => g.Key, g => g.ToList());
            var duplicates = arrived.Where(a => a.Value.Count > 1).ToList();
            Assert.All(stored, m => Assert.True(arrived.ContainsKey($"{m.Id:N}@example.org"), $"{m.Subject} did not arrive"));
            Assert.Equal(Emails, arrived.Count);
            Assert.All(duplicates, d => Assert.Equal(2, d.Value.Count));
            Assert.True(duplicates.Count <= 1, $"{duplicates.Count} emails arrived twice; one kill can leave one");
            Assert.Equal(duplicates.Count, stored.Sum(m => m.UnrecordedSends));
            Assert.All(duplicates, d => Assert.Equal(d.Value[0].Subject, d.Value[1].Subject));
            Console.WriteLine($"{Emails} emails through 3 instances, 1 killed: {smtp.Received.Count} arrived, {duplicates.Count} duplicate(s) with the same Message-ID, in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task APublicationByAnotherProcess_ShowsOnEveryInstance_WithinTheStampCacheTime()
    {
        var database = Path.Combine(Path.GetTempPath(), $"instances-cache-{Guid.NewGuid():N}.db");
        var processes = new List<Process>();
        try
        {
            await using (var db = Open(database))
            {
                await db.EnsureSchemaAsync(migrate: true);
            }

            SqliteConnection.ClearAllPools();
            var settings = new Dictionary<string, string> { ["Demo__Seed"] = "false", ["PublicSite__StampCacheSeconds"] = "1" };
            var ports = new[] { ProgramProcess.FreePort(), ProgramProcess.FreePort() };
            foreach (var port in ports)
            {
                processes.Add(await ProgramProcess.StartAsync(database, port, "Testing", settings));
            }

            var clients = ports.Select(p => new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{p}") }).ToList();

            // Each instance has the register and the missing page in its caches before the publication.
            foreach (var client in clients)
            {
                Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/decisions/EXE0021-24")).StatusCode);
                Assert.DoesNotContain("EXE0021-24", await client.GetStringAsync("/decisions"), StringComparison.Ordinal);
            }

            var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0021-24.txt");
            var (exitCode, output) = await CommandTests.RunAsync(database, "", new Dictionary<string, string> { ["PublicSite__BaseUrl"] = "https://decisions.test.example" }, "import", seed);
            Assert.True(exitCode == 0, output);
            var published = Stopwatch.StartNew();

            foreach (var client in clients)
            {
                while ((await client.GetAsync("/decisions/EXE0021-24")).StatusCode != System.Net.HttpStatusCode.OK || !(await client.GetStringAsync("/decisions")).Contains("EXE0021-24", StringComparison.Ordinal))
                {
                    Assert.True(published.Elapsed < TimeSpan.FromSeconds(10), $"the publication did not show on {client.BaseAddress} within {published.Elapsed}");
                    await Task.Delay(100);
                }
            }

            Console.WriteLine($"A publication showed on both instances {published.Elapsed.TotalMilliseconds:0} ms after the import ended");
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [ChromiumFact]
    public async Task ThreeInstances_PrintAndSealEachPublishedPdfOnce()
    {
        const int Records = 12;
        var database = Path.Combine(Path.GetTempPath(), $"instances-pdf-{Guid.NewGuid():N}.db");
        var folder = Directory.CreateTempSubdirectory("instances-pdf-");
        var processes = new List<Process>();
        var clock = Stopwatch.StartNew();
        try
        {
            var seed = Seeds.Read("EXE0021-24.txt");
            for (var i = 0; i < Records; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"EXE09{i:00}-24.txt"), seed.Replace("**OPCC Ref:** EXE0021-24", $"**OPCC Ref:** EXE09{i:00}-24", StringComparison.Ordinal));
            }

            var (exitCode, output) = await CommandTests.RunAsync(database, "", new Dictionary<string, string> { ["PublicSite__BaseUrl"] = "https://decisions.test.example" }, "import", folder.FullName);
            Assert.True(exitCode == 0, output);
            SqliteConnection.ClearAllPools();

            var settings = new Dictionary<string, string>
            {
                ["Demo__Seed"] = "false",
                ["Seal__CreateDevelopmentCertificate"] = "true",
                ["Seal__DevelopmentCertificatePath"] = Path.Combine(folder.FullName, "seal.pfx"),
            };
            var first = ProgramProcess.FreePort();
            processes.Add(await ProgramProcess.StartAsync(database, first, "Testing", settings));

            // The first instance makes the development certificate the others then read.
            using (var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{first}") })
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
            }

            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));

            int printed;
            do
            {
                await Task.Delay(500);
                await using var db = Open(database);
                printed = await db.PublishedPdfs.CountAsync();
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"{printed} of {Records} PDFs after {clock.Elapsed}");
            }
            while (printed < Records);

            await Task.Delay(1000);
            await using (var db = Open(database))
            {
                var versions = await db.PublishedVersions.Where(v => v.IsLatest && !v.IsStub).Select(v => v.Id).ToListAsync();
                Assert.Equal(Records, versions.Count);
                Assert.Equal(Records, await db.PublishedPdfs.CountAsync());
                Assert.Equal(Records, await db.SealedCopies.CountAsync());
                Assert.Equal(Records, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventTypes.PdfSealed));
                var claims = await db.WorkClaims.Where(c => c.Key.StartsWith("pdf:")).ToListAsync();
                Assert.Equal(Records, claims.Count);
                Assert.All(claims, c => Assert.NotNull(c.CompletedAt));
                Console.WriteLine($"{Records} PDFs printed and sealed once by 3 instances ({claims.Select(c => c.Owner).Distinct().Count()} of them printed) in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            foreach (var process in processes)
            {
                process.Kill(entireProcessTree: true);
            }

            SqliteConnection.ClearAllPools();
            var (verified, verifyOutput) = await CommandTests.RunAsync(database, "", new Dictionary<string, string> { ["PublicSite__BaseUrl"] = "https://decisions.test.example" }, "verify-audit");
            Assert.True(verified == 0, verifyOutput);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }

            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ThreeInstances_ReleaseEachScheduledPublicationOnce_WhenOneIsKilledHoldingAClaim()
    {
        const int Records = 20;
        var database = Path.Combine(Path.GetTempPath(), $"instances-release-{Guid.NewGuid():N}.db");
        var processes = new List<Process>();
        var clock = Stopwatch.StartNew();
        try
        {
            // Twenty records decided with a later publication day, by the test's clock; the instances' clock is today's.
            await using (var app = new TestApp { DatabasePath = database })
            {
                var author = await app.SignedInClientAsync(Roles.Author);
                var later = Web.Services.UkTime.Today(app.Time).AddDays(3);
                for (var i = 0; i < Records; i++)
                {
                    var id = await author.CreateCompleteRecordAsync(app, $"Scheduled record {i}");
                    await author.SubmitAsync(app, id);
                    await (await app.SignedInClientAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
                    await (await app.SignedInClientAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
                    await (await app.SignedInClientAsync(Roles.Commissioner)).SignAsync(id, new()
                    {
                        ["Input.PublishOn.Day"] = later.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Input.PublishOn.Month"] = later.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Input.PublishOn.Year"] = later.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
            }

            SqliteConnection.ClearAllPools();
            await using (var db = Open(database))
            {
                Assert.Equal(Records, await db.DecisionRecords.CountAsync(r => r.Status == DecisionStatus.Decided));
            }

            var settings = new Dictionary<string, string>
            {
                ["Demo__Seed"] = "false",
                ["Testing__KillSwitch"] = "true",
                ["BackgroundJobs__ClaimLeaseSeconds"] = "5",
                ["BackgroundJobs__PublicationPollSeconds"] = "2",
            };

            // The first instance dies holding its third release's claim, before releasing it.
            var doomed = await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", new Dictionary<string, string>(settings) { ["Testing__KillAtClaim"] = "release:3" });
            processes.Add(doomed);
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));

            int waiting;
            do
            {
                await Task.Delay(500);
                await using var db = Open(database);
                waiting = await db.DecisionRecords.CountAsync(r => r.Status == DecisionStatus.Decided);
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"{waiting} of {Records} records still unreleased after {clock.Elapsed}");
            }
            while (waiting > 0);

            Assert.True(doomed.HasExited, "the first instance was to be killed holding a claim");
            await using (var db = Open(database))
            {
                var ids = await db.DecisionRecords.Select(r => r.Id).ToListAsync();
                Assert.Equal(Records, ids.Count);
                Assert.All(await db.DecisionRecords.Select(r => r.Status).ToListAsync(), s => Assert.Equal(DecisionStatus.Published, s));
                Assert.Equal(Records, await db.PublishedVersions.CountAsync());
                Assert.All(await db.PublishedVersions.Select(v => v.Number).ToListAsync(), n => Assert.Equal(1, n));
                Assert.Equal(Records, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventTypes.RecordPublished));
                var claims = await db.WorkClaims.Where(c => c.Key.StartsWith("release:")).ToListAsync();
                Assert.Equal(Records, claims.Count);
                Assert.All(claims, c => Assert.NotNull(c.CompletedAt));
                Assert.Single(claims, c => c.Claims == 2);
                Console.WriteLine($"{Records} scheduled publications by 3 instances, 1 killed holding a claim: each released once, the orphaned claim taken over, in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            foreach (var process in processes)
            {
                process.Kill(entireProcessTree: true);
            }

            SqliteConnection.ClearAllPools();
            var (verified, verifyOutput) = await CommandTests.RunAsync(database, "", new Dictionary<string, string> { ["PublicSite__BaseUrl"] = "https://decisions.test.example" }, "verify-audit");
            Assert.True(verified == 0, verifyOutput);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
