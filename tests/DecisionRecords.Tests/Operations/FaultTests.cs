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
/// The real program is killed at random moments while signatures and publications are being written, twenty times;
/// after every restart each record must be in a consistent state and the audit chain intact.
/// </summary>
public class FaultTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<Process> StartAsync(string database, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DecisionRecords.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__DecisionRecords"] = $"Data Source={database}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The program did not start");
    }

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
            var random = new Random(20261126);
            var kills = 0;
            for (var run = 0; run < 20; run++)
            {
                var port = FreePort();
                var process = await StartAsync(database, port);
                try
                {
                    await AssertConsistentAsync(database, $"start of run {run}");
                    Guid id;
                    DecisionStatus status;
                    await using (var db = Open(database))
                    {
                        var next = await db.DecisionRecords.Where(r => r.Status == DecisionStatus.AwaitingAdvice || r.Status == DecisionStatus.AwaitingDetermination || r.Status == DecisionStatus.AwaitingDecision)
                            .OrderByDescending(r => r.Status).Select(r => new { r.Id, r.Status }).FirstAsync();
                        (id, status) = (next.Id, next.Status);
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
                    var signing = client.PostFormAsync($"/admin/decisions/{id}/sign-off", fields);

                    // Somewhere between before the request arrives and after the transaction commits.
                    await Task.Delay(random.Next(0, 1500));
                    process.Kill(entireProcessTree: true);
                    kills++;
                    try
                    {
                        await signing;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
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

                await AssertConsistentAsync(database, $"after kill {run}");
            }

            Assert.Equal(20, kills);
            var finalPort = FreePort();
            var last = await StartAsync(database, finalPort);
            try
            {
                await AssertConsistentAsync(database, "final restart");
                await using var db = Open(database);
                Assert.True(await db.DecisionRecords.AnyAsync(r => r.Status != DecisionStatus.AwaitingAdvice), "no signature ever got through: the kills came too early to test anything");
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
