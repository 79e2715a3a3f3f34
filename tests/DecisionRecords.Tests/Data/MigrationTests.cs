using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DecisionRecords.Tests.Data;

/// <summary>Each provider has its own migrations; a model change without a migration for either fails here.</summary>
public class MigrationTests
{
    [Fact]
    public void Sqlite_ModelHasNoChangesWithoutAMigration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void SqlServer_ModelHasNoChangesWithoutAMigration()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerDbContext --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void EachProvider_StartsFromOneInitialMigration_AndOnlyAddsAfterIt()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        var names = sqlite.Database.GetMigrations().Select(m => m[15..]).ToList();
        Assert.Equal("Initial", names[0]);
        Assert.Equal(1, names.Count(n => n == "Initial"));
    }

    [Fact]
    public async Task Sqlite_Search_IndexesOnlyTheLatestVersion_AndTheTriggersFollowChanges()
    {
        var path = Path.Combine(Path.GetTempPath(), $"decision-records-search-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            await db.GetService<IMigrator>().MigrateAsync();
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0;");
            Task Insert(string text, bool latest) => db.Database.ExecuteSqlAsync($$"""
                INSERT INTO PublishedVersions (Id, DecisionRecordId, Number, IsLatest, Slug, Reference, IsStub, ValueIsStated, IsImported, FundingYears, Organisations, RelatedSlugs,
                    SearchText, FirstPublishedAt, PublishedAt, ContentJson, ContentHash, RecordContentHash)
                VALUES ({{Guid.NewGuid()}}, {{Guid.NewGuid()}}, 1, {{latest}}, 'EXE0001-26', 'EXE0001-26', 0, 0, 0, '', '', '', {{text}}, '2026-01-01', '2026-01-01', '{}', '', '')
                """);
            await Insert("zebra crossing", latest: true);
            await Insert("old giraffe", latest: false);

            Task<int> Matches(string term) => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM PublishedVersions WHERE SearchKey IN (SELECT rowid FROM PublishedSearch WHERE PublishedSearch MATCH {term})").SingleAsync();
            Assert.Equal(1, await Matches("zebra"));
            Assert.Equal(0, await Matches("giraffe"));

            await Insert("lion enclosure", latest: true);
            Assert.Equal(1, await Matches("lion"));
            Assert.Equal(3, await db.Database.SqlQuery<long>($"SELECT MAX(SearchKey) AS Value FROM PublishedVersions").SingleAsync());

            await db.Database.ExecuteSqlAsync($"UPDATE PublishedVersions SET IsLatest = 0 WHERE SearchText = 'zebra crossing'");
            await db.Database.ExecuteSqlAsync($"UPDATE PublishedVersions SET SearchText = 'lion cage' WHERE SearchText = 'lion enclosure'");
            Assert.Equal(0, await Matches("zebra"));
            Assert.Equal(0, await Matches("enclosure"));
            Assert.Equal(1, await Matches("cage"));
            await db.Database.ExecuteSqlAsync($"DELETE FROM PublishedVersions WHERE SearchText = 'lion cage'");
            Assert.Equal(0, await Matches("lion"));
            await db.Database.ExecuteSqlAsync($"INSERT INTO PublishedSearch (PublishedSearch) VALUES ('integrity-check')");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
