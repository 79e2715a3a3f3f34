using DecisionRecords.Tests.Infrastructure;

namespace DecisionRecords.Tests.Operations;

/// <summary>`dotnet run` on another address: every absolute link the service writes says the address it listens on.</summary>
public class DevelopmentAddressTests
{
    [Fact]
    public async Task InDevelopment_WithoutABaseAddress_LinksFollowTheAddressTheServiceListensOn()
    {
        var database = Path.Combine(Path.GetTempPath(), $"development-address-{Guid.NewGuid():N}.db");
        var port = ProgramProcess.FreePort();
        var process = await ProgramProcess.StartAsync(database, port, "Development", new Dictionary<string, string>
        {
            ["BackgroundJobs__Enabled"] = "false",
            ["Seal__DevelopmentCertificatePath"] = Path.Combine(Path.GetTempPath(), "decision-records-tests", "seal.pfx"),
        });
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var origin = $"http://127.0.0.1:{port}/";
            foreach (var url in new[] { "/sitemap.xml", "/decisions/feed.atom", "/robots.txt" })
            {
                var body = await client.GetStringAsync(url);
                Assert.Contains(origin, body, StringComparison.Ordinal);
                Assert.DoesNotContain("localhost:5080", body, StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
