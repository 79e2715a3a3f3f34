using System.Diagnostics;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
                // One lane, so that exactly one email can be handed over and not recorded when the instance dies.
                ["Email__ConcurrentSends"] = "1",
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

            var arrived = smtp.Received.GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.ToList());
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
    public async Task APublicationAndAnUnpublication_ShowOnEveryInstance_WithinTheStampCacheTime()
    {
        var database = Path.Combine(Path.GetTempPath(), $"instances-cache-{Guid.NewGuid():N}.db");
        var processes = new List<Process>();
        try
        {
            // The officers' accounts, made in the test's own copy of the service on the same database.
            await using (var app = new TestApp { DatabasePath = database })
            {
                await app.SignedInClientAsync(Roles.MonitoringOfficer);
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

            // Its title, which the register shows only while the record is published.
            Assert.Contains("People Zones 2024/2025 Budget", Seeds.Read("EXE0021-24.txt"), StringComparison.Ordinal);

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

            var shownAfter = published.Elapsed;

            // The Monitoring Officer takes it down on the first instance; the second stops showing it.
            using var officer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = clients[0].BaseAddress };
            var signedIn = await officer.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.MonitoringOfficer], ["Input.Password"] = TestApp.Password });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
            Guid id;
            int version;
            await using (var db = Open(database))
            {
                var record = await db.DecisionRecords.AsNoTracking().SingleAsync(r => r.Slug == "EXE0021-24");
                (id, version) = (record.Id, record.Version);
            }

            var unpublished = await officer.PostFormAsync($"/admin/decisions/{id}/unpublish", new()
            {
                ["Input.Explanation"] = "Published in error.",
                ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, unpublished.StatusCode);
            var takenDown = Stopwatch.StartNew();
            while ((await clients[1].GetAsync("/decisions/EXE0021-24")).StatusCode != System.Net.HttpStatusCode.Gone
                || (await clients[1].GetStringAsync("/decisions")).Contains("People Zones 2024/2025 Budget", StringComparison.Ordinal))
            {
                Assert.True(takenDown.Elapsed < TimeSpan.FromSeconds(10), $"the unpublication did not show on the other instance within {takenDown.Elapsed}");
                await Task.Delay(100);
            }

            Assert.Equal(System.Net.HttpStatusCode.Gone, (await clients[1].GetAsync("/decisions/EXE0021-24.pdf")).StatusCode);
            Console.WriteLine($"A publication showed on both instances {shownAfter.TotalMilliseconds:0} ms after the import ended; an unpublication on one, on the other {takenDown.Elapsed.TotalMilliseconds:0} ms after");
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
    public async Task ThreeInstances_PrintAndSealEachPublishedPdfOnce_WhenOneIsKilledHoldingAClaim()
    {
        const int Records = 20;
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
                ["Testing__KillSwitch"] = "true",
                ["BackgroundJobs__ClaimLeaseSeconds"] = "5",
            };
            var first = ProgramProcess.FreePort();

            // The first instance dies right after claiming its third PDF, before printing it.
            var doomed = await ProgramProcess.StartAsync(database, first, "Testing", new Dictionary<string, string>(settings) { ["Testing__KillAtClaim"] = "pdf:3" });
            processes.Add(doomed);

            // The first instance makes the development certificate the others then read.
            for (var i = 0; i < 100 && !File.Exists(settings["Seal__DevelopmentCertificatePath"]); i++)
            {
                await Task.Delay(100);
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
                Assert.True(doomed.HasExited, "the first instance was to be killed holding a claim");
                Assert.Single(claims, c => c.Claims == 2);
                Console.WriteLine($"{Records} PDFs printed and sealed once by 3 instances, 1 killed holding a claim ({claims.Select(c => c.Owner).Distinct().Count()} printed), in {clock.Elapsed.TotalSeconds:0.0} s");
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

    [Fact]
    public async Task ThreeInstances_ImportAFolderOfFiftyDocumentsOnce_WhenOneIsKilledHoldingAClaim()
    {
        const int Documents = 50;
        var database = Path.Combine(Path.GetTempPath(), $"instances-import-{Guid.NewGuid():N}.db");
        var processes = new List<Process>();
        var clock = Stopwatch.StartNew();
        try
        {
            await using var app = new TestApp { DatabasePath = database };
            await app.SignedInClientAsync(Roles.Administrator);
            var files = new List<(string, byte[])>();
            var seeds = new[] { "EXE0003-20", "EXE0005-21", "EXE0019-24", "EXE0021-24" };
            for (var i = 0; i < Documents; i++)
            {
                var seed = seeds[i % seeds.Length];
                var reference = $"EXE{1000 + i}-{seed[^2..]}";
                var text = System.Text.RegularExpressions.Regex.Replace(Seeds.Read($"{seed}.txt"), @"(?m)^(.*OPCC Ref:\s*(\*\*)?\s*)EXE\d+[-/]\d+", m => m.Groups[1].Value + reference);
                files.Add(i % 5 == 0 ? ($"{reference}.docx", Docx.FromText(text, asWordWrites: true)) : ($"{reference}.txt", System.Text.Encoding.UTF8.GetBytes(text)));
            }

            Guid batchId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
                var admin = await db.Users.SingleAsync(u => u.Email == TestApp.Users[Roles.Administrator]);
                var batch = await scope.ServiceProvider.GetRequiredService<Web.Services.Import.ImportBatches>()
                    .CreateAsync(Web.Services.Changes.ActingContext.System(DateTimeOffset.UtcNow).As(admin.Id, admin.Email), admin.DisplayName, files, replace: false, holdForReview: false, CancellationToken.None);
                batchId = batch.Id;
            }

            var settings = new Dictionary<string, string>
            {
                ["Demo__Seed"] = "false",
                ["Testing__KillSwitch"] = "true",
                ["BackgroundJobs__ClaimLeaseSeconds"] = "5",
            };
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));
            processes.Add(await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", settings));

            async Task<ImportBatch> BatchAsync()
            {
                await using var db = Open(database);
                return await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId);
            }

            while ((await BatchAsync()).Phase == ImportBatchPhase.Checking)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"the documents were not checked within {clock.Elapsed}");
                await Task.Delay(250);
            }

            await using (var scope = app.Services.CreateAsyncScope())
            {
                Assert.True(await scope.ServiceProvider.GetRequiredService<Web.Services.Import.ImportBatches>().StartImportAsync(batchId, (await BatchAsync()).Version, CancellationToken.None));
            }

            // A third instance joins the import and dies holding its third document's claim, before reading it.
            var doomed = await ProgramProcess.StartAsync(database, ProgramProcess.FreePort(), "Testing", new Dictionary<string, string>(settings) { ["Testing__KillAtClaim"] = "import-item:3" });
            processes.Add(doomed);
            while ((await BatchAsync()).Phase != ImportBatchPhase.Finished)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"the documents were not imported within {clock.Elapsed}");
                await Task.Delay(250);
            }

            await using (var db = Open(database))
            {
                var items = await db.ImportItems.Where(i => i.BatchId == batchId).Select(i => i.State).ToListAsync();
                Assert.Equal(Documents, items.Count);
                Assert.All(items, state => Assert.Equal(ImportItemState.Imported, state));
                Assert.Equal(Documents, await db.DecisionRecords.CountAsync());
                Assert.Equal(Documents, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventTypes.RecordImported));
                var claims = await db.WorkClaims.Where(c => c.Key.EndsWith(":Importing")).ToListAsync();
                Assert.Equal(Documents, claims.Count);
                Assert.All(claims, c => Assert.NotNull(c.CompletedAt));
                var takenOver = claims.Count(c => c.Claims > 1);
                Assert.True(doomed.HasExited ? takenOver == 1 : takenOver == 0, $"{takenOver} claims taken over; the third instance {(doomed.HasExited ? "was" : "was not")} killed");
                Console.WriteLine($"{Documents} documents imported once by 3 instances ({(doomed.HasExited ? "one killed holding a claim, taken over" : "the third joined too late to claim three")}) in {clock.Elapsed.TotalSeconds:0.0} s");
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
