using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "DecisionRecords";

    public static IServiceCollection AddDecisionRecordsDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:DecisionRecords is not set.");
            }

            // No retrying execution strategy: saves run in explicit transactions (audit chain, references), which it refuses.
            services.AddDbContext<SqlServerDbContext>(o => o.UseSqlServer(connectionString));
            services.AddScoped<DecisionRecordsDbContext>(sp => sp.GetRequiredService<SqlServerDbContext>());
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = ResolveSqliteConnectionString(connectionString, environment.ContentRootPath);
            var killSwitch = KillSwitch.IsAllowed(environment, configuration);
            services.AddDbContext<SqliteDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(killSwitch ? [SqliteMemoryMap.Instance, new KillSwitch()] : [SqliteMemoryMap.Instance])
                .ConfigureWarnings(w => w.Ignore(
                    // FaithfulRecord converts its rows on purpose before SQLite rebuilds the tables it drops columns from,
                    // and a rebuild always turns foreign keys off outside the transaction: both as intended.
                    Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.TableRebuildPendingWarning,
                    Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
            services.AddScoped<DecisionRecordsDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{provider}'.");
        }

        return services;
    }

    /// <summary>A relative SQLite path is taken from the project folder, and its folder is created.</summary>
    public static string ResolveSqliteConnectionString(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/decision-records.db" : connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>
    /// Brings the embedded database up to date at startup, or, where several instances share a database and the
    /// <c>migrate</c> command runs once before a new version starts, refuses to start against a schema older or newer
    /// than this version's, saying what to do.
    /// </summary>
    public static async Task EnsureSchemaAsync(this DecisionRecordsDbContext db, bool migrate, CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var newer = applied.Except(known).ToList();
        if (newer.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database schema is newer than this version of the service: it has migration {string.Join(", ", newer)}, which this version does not know. Start the version that applied it, or restore the database's backup from before the upgrade.");
        }

        if (migrate)
        {
            await db.MigrateAsync(cancellationToken);
            return;
        }

        var pending = known.Except(applied).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database schema is older than this version of the service expects (it lacks migration {string.Join(", ", pending)}). Run the migrate command once (dotnet DecisionRecords.Web.dll migrate) before starting the new version; instances do not migrate the database themselves where Database:MigrateOnStartup is false.");
        }
    }

    public static async Task MigrateAsync(this DecisionRecordsDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer, and the writer waits for a busy lock rather than failing.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
