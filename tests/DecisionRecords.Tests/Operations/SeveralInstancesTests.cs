using System.Diagnostics;
using DecisionRecords.Tests.Infrastructure;
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
}
