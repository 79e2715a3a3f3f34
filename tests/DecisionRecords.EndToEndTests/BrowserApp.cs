using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using DecisionRecords.Web.Services.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DecisionRecords.EndToEndTests;

/// <summary>The application on a loopback port with a fresh SQLite database, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "Journey-Password-2026";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"decision-records-e2e-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static readonly IReadOnlyDictionary<string, string> Users = new Dictionary<string, string>
    {
        [Roles.Author] = "author@journey.example",
        [Roles.ChiefFinanceOfficer] = "cfo@journey.example",
        [Roles.MonitoringOfficer] = "mo@journey.example",
        [Roles.Commissioner] = "pcc@journey.example",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DecisionRecords", $"Data Source={_database}");
        builder.UseSetting("BackgroundJobs:Enabled", "false");
        builder.UseSetting("Seal:CreateDevelopmentCertificate", "true");
        builder.UseSetting("Seal:DevelopmentCertificatePath", Path.Combine(Path.GetTempPath(), "decision-records-tests", "seal.pfx"));
        builder.UseSetting("PublicSite:StampCacheSeconds", "0");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Every journey signs in from 127.0.0.1.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "10000");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var (role, email) in Users)
            {
                var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Journey {Roles.DisplayName(role)}", JobTitle = Roles.DisplayName(role) };
                await users.CreateAsync(user, Password);
                await users.AddToRoleAsync(user, role);
            }

            // The public side is checked on the real records too: their wide appendix, long tables and notes.
            var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            db.OfficeHolders.AddRange(
                new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Lord Bach", "Police and Crime Commissioner", new DateOnly(2016, 5, 12), new DateOnly(2021, 5, 12)),
                new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Rupert Matthews", "Police and Crime Commissioner", new DateOnly(2021, 5, 13), null));
            await db.SaveChangesAsync();
            var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "EXE*.txt").Order(StringComparer.Ordinal))
            {
                var outcome = await importer.ImportAsync(ActingContext.System(now, "journey seed"), Path.GetFileName(file), await File.ReadAllBytesAsync(file), new ImportOptions(), CancellationToken.None);
                if (!outcome.Imported)
                {
                    throw new InvalidOperationException($"{file}: {outcome.Refusal}");
                }
            }
        }

        if (File.Exists(ChromiumPath))
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
            });
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }
}
