using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>The real application over HTTP on its own SQLite database file, with one user per role.</summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-2026";

    public static readonly IReadOnlyDictionary<string, string> Users = new Dictionary<string, string>
    {
        [Roles.Author] = "author@test.example",
        [Roles.ChiefExecutive] = "ce@test.example",
        [Roles.ChiefFinanceOfficer] = "cfo@test.example",
        [Roles.MonitoringOfficer] = "mo@test.example",
        [Roles.Commissioner] = "pcc@test.example",
        [Roles.Administrator] = "admin@test.example",
    };

    private string _databasePath = Path.Combine(Path.GetTempPath(), $"decision-records-test-{Guid.NewGuid():N}.db");
    private bool _seeded;

    /// <summary>Configuration for tests that need the application set up differently.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>The tests sign in many times from one address; the rate-limit test lowers this.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 100_000;

    public TestClock Clock { get; } = new();

    /// <summary>The running test's clock (<see cref="TestClock"/>).</summary>
    public FakeTimeProvider Time => Clock.Now;

    public string ConnectionString => $"Data Source={_databasePath}";

    /// <summary>A database file of the test's choosing, kept after the application is disposed (for tests that run the real program on it).</summary>
    public string DatabasePath
    {
        get => _databasePath;
        init
        {
            _databasePath = value;
            KeepDatabase = true;
        }
    }

    private bool KeepDatabase { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DecisionRecords", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("PublicSite:StampCacheSeconds", "0");
        builder.UseSetting("BackgroundJobs:Enabled", "false");
        builder.UseSetting("Seal:CreateDevelopmentCertificate", "true");
        builder.UseSetting("Seal:DevelopmentCertificatePath", Path.Combine(Path.GetTempPath(), "decision-records-tests", "seal.pfx"));
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<TestServerOptions>(o => o.PreserveExecutionContext = true);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackClient>();
        });
    }

    public async Task EnsureUsersAsync()
    {
        if (_seeded)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (role, email) in Users)
        {
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"Test {Roles.DisplayName(role)}",
                JobTitle = Roles.DisplayName(role),
            };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        _seeded = true;
    }

    public async Task<T> WithDbAsync<T>(Func<DecisionRecordsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>());
    }

    public async Task WithDbAsync(Func<DecisionRecordsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>());
    }

    /// <summary>The office holders of the seed records' years and the four seed decision records, imported as published.</summary>
    public async Task ImportSeedsAsync()
    {
        await WithDbAsync(async db =>
        {
            if (!await db.OfficeHolders.AnyAsync())
            {
                db.OfficeHolders.AddRange(
                    new Web.Domain.OfficeHolder(Guid.NewGuid(), Web.Domain.Office.Commissioner, "Lord Bach", "Police and Crime Commissioner", new DateOnly(2016, 5, 12), new DateOnly(2021, 5, 12)),
                    new Web.Domain.OfficeHolder(Guid.NewGuid(), Web.Domain.Office.Commissioner, "Rupert Matthews", "Police and Crime Commissioner", new DateOnly(2021, 5, 13), null));
                await db.SaveChangesAsync();
            }
        });
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "EXE*.txt"))
        {
            if (await WithDbAsync(db => db.DecisionRecords.AnyAsync(r => r.Slug == Path.GetFileNameWithoutExtension(file))))
            {
                continue;
            }

            await using var scope = Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<Web.Services.Import.LegacyImporter>()
                .ImportAsync(Web.Services.Changes.ActingContext.System(Time.GetUtcNow(), "import"), Path.GetFileName(file), await File.ReadAllBytesAsync(file), new Web.Services.Import.ImportOptions(), CancellationToken.None);
            Assert.True(outcome.Imported, outcome.Refusal);
        }
    }

    /// <summary>Imports one document from the archive, as the import command would.</summary>
    public async Task<Web.Services.Import.ImportOutcome> ImportAsync(string fileName, byte[] content)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Services.Import.LegacyImporter>()
            .ImportAsync(Web.Services.Changes.ActingContext.System(Time.GetUtcNow(), "import"), fileName, content, new Web.Services.Import.ImportOptions(), CancellationToken.None);
    }

    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        await EnsureUsersAsync();
        var client = CreateAnonymousClient();
        var response = await client.PostFormAsync("/account/sign-in", new()
        {
            ["Input.Email"] = Users[role],
            ["Input.Password"] = Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepDatabase)
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
