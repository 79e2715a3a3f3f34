using DecisionRecords.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DecisionRecords.Tests.Operations;

/// <summary>With several instances, migrations run once by the migrate command; an instance refuses a schema it does not expect.</summary>
public class SchemaCheckTests
{
    [Fact]
    public async Task AnInstanceThatMayNotMigrate_RefusesAnOlderSchema_AndStartsOnceMigrateHasRun()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string> { ["Database__MigrateOnStartup"] = "false" };
        try
        {
            var (refused, output) = await CommandTests.RunAsync(path, "", settings);
            Assert.Equal(1, refused);
            Assert.Contains("The database schema is older than this version of the service expects", output, StringComparison.Ordinal);
            Assert.Contains("Run the migrate command once", output, StringComparison.Ordinal);

            var (migrated, migrateOutput) = await CommandTests.RunAsync(path, "", settings, "migrate");
            Assert.Equal(0, migrated);
            Assert.Contains("The database is up to date.", migrateOutput, StringComparison.Ordinal);

            using var process = await ProgramProcess.StartAsync(path, ProgramProcess.FreePort(), "Testing", settings);
            process.Kill(entireProcessTree: true);

            // A schema newer than this version's: a migration it does not know.
            await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '10.0.0')";
                await command.ExecuteNonQueryAsync();
            }

            var (newer, newerOutput) = await CommandTests.RunAsync(path, "", settings);
            Assert.Equal(1, newer);
            Assert.Contains("The database schema is newer than this version of the service", newerOutput, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
