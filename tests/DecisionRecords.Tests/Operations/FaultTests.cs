using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Operations;

/// <summary>
/// The real program is killed twenty times while signatures and publications are being written, each time at a
/// chosen point of the save (its kill switch): before any SQL, after the Nth command, before the commit, after it.
/// After every kill each record must be whole, the audit chain intact, and the save either all there or not at all.
/// </summary>
public class FaultTests
{
    private static readonly Dictionary<string, string> KillSwitchOn = new() { ["Testing__KillSwitch"] = "true" };

    private static HttpClient Client(int port) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(20),
        };

    private static SqliteDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);

    /// <summary>Whatever was cut off, what was written is whole.</summary>
    private static async Task AssertConsistentAsync(string database, string when)
    {
        await using var db = Open(database);
        var verification = await new AuditChainVerifier(db).VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, $"{when}: audit chain broken at {verification.BrokenAt}: {verification.Problem}");
        foreach (var record in await db.WholeRecords().AsNoTracking().ToListAsync())
        {
            var valid = record.ValidSignatures.Count();
            var expected = record.Status switch
            {
                DecisionStatus.AwaitingAdvice or DecisionStatus.Draft => 0,
                DecisionStatus.AwaitingDetermination => 1,
                DecisionStatus.AwaitingDecision => 2,
                _ => 3,
            };
            Assert.True(valid == expected, $"{when}: {record.Reference} is {record.Status} with {valid} signatures");
            var versions = await db.PublishedVersions.Where(v => v.DecisionRecordId == record.Id).ToListAsync();
            Assert.True(record.Status is DecisionStatus.Published or DecisionStatus.Withheld ? versions.Count(v => v.IsLatest) == 1 : versions.Count == 0,
                $"{when}: {record.Reference} is {record.Status} with {versions.Count} public versions");
            Assert.True(record.Status != DecisionStatus.Published || record.PublishedAt is not null, $"{when}: {record.Reference} published without a date");
        }
    }

    [Fact]
    public async Task KillingTheProgramDuringSignOffAndPublication_LeavesEveryRecordConsistent()
    {
        var database = Path.Combine(Path.GetTempPath(), $"fault-{Guid.NewGuid():N}.db");
        try
        {
            await using (var seed = new TestApp { DatabasePath = database })
            {
                var author = await seed.SignedInClientAsync(Roles.Author);
                for (var i = 0; i < 8; i++)
                {
                    var id = await author.CreateCompleteRecordAsync(seed, $"Fault record {i}");
                    await author.SubmitAsync(seed, id);
                }
            }

            SqliteConnection.ClearAllPools();
            string[] points = ["saving", "committed", "command:1", "committed", "command:2", "committed", "command:3", "committed", "committing", "committed"];
            var kills = 0;
            var signed = 0;
            for (var run = 0; run < 20; run++)
            {
                var point = points[run % points.Length];
                var port = ProgramProcess.FreePort();
                var process = await ProgramProcess.StartAsync(database, port, "Testing", KillSwitchOn);
                try
                {
                    await AssertConsistentAsync(database, $"start of run {run}");
                    Guid id;
                    DecisionStatus status;
                    int events;
                    await using (var db = Open(database))
                    {
                        var next = await db.DecisionRecords.Where(r => r.Status == DecisionStatus.AwaitingAdvice || r.Status == DecisionStatus.AwaitingDetermination || r.Status == DecisionStatus.AwaitingDecision)
                            .OrderByDescending(r => r.Status).Select(r => new { r.Id, r.Status }).FirstAsync();
                        (id, status) = (next.Id, next.Status);
                        events = await db.AuditEvents.CountAsync();
                    }

                    var role = status switch
                    {
                        DecisionStatus.AwaitingAdvice => Roles.ChiefFinanceOfficer,
                        DecisionStatus.AwaitingDetermination => Roles.MonitoringOfficer,
                        _ => Roles.Commissioner,
                    };
                    using var client = Client(port);
                    await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[role], ["Input.Password"] = TestApp.Password });
                    var page = await client.GetDocumentAsync($"/admin/decisions/{id}/sign-off");
                    var fields = page.FormFields(overrides: new(DraftingHelpers.PublishAll) { ["Input.Credential"] = TestApp.Password, ["Input.ConfirmAdvice"] = "yes", ["Input.Outcome"] = "Supported" });
                    await using (var db = Open(database))
                    {
                        events = await db.AuditEvents.CountAsync();
                    }

                    client.DefaultRequestHeaders.Add(KillSwitch.Header, point);
                    await Assert.ThrowsAnyAsync<Exception>(() => client.PostFormAsync($"/admin/decisions/{id}/sign-off", fields));
                    Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), $"run {run}: the program was not killed at {point}");
                    kills++;

                    await AssertConsistentAsync(database, $"after the kill at {point} in run {run}");
                    await using (var db = Open(database))
                    {
                        var after = await db.DecisionRecords.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
                        var eventsAfter = await db.AuditEvents.CountAsync();
                        if (point == "committed")
                        {
                            Assert.True(after > status, $"run {run}: killed after the commit, yet {status} is still {after}");
                            Assert.True(eventsAfter > events, $"run {run}: killed after the commit, yet no audit event was kept");
                            signed++;
                        }
                        else
                        {
                            Assert.True(after == status, $"run {run}: killed at {point}, before the commit, yet {status} became {after}");
                            Assert.True(eventsAfter == events, $"run {run}: killed at {point}, before the commit, yet {eventsAfter - events} audit events were kept");
                        }
                    }
                }
                finally
                {
                    if (!process.HasExited)
                    {
                        process.Kill(entireProcessTree: true);
                    }

                    await process.WaitForExitAsync();
                    process.Dispose();
                }
            }

            Assert.Equal(20, kills);
            var finalPort = ProgramProcess.FreePort();
            var last = await ProgramProcess.StartAsync(database, finalPort, "Testing", KillSwitchOn);
            try
            {
                await AssertConsistentAsync(database, "final restart");
                await using var db = Open(database);
                Assert.Equal(10, signed);
                Assert.True(await db.DecisionRecords.AnyAsync(r => r.Status == DecisionStatus.Published), "no run reached publication");
            }
            finally
            {
                last.Kill(entireProcessTree: true);
                await last.WaitForExitAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
