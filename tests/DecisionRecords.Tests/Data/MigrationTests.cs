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
    public async Task Sqlite_UpgradeToContentlessSearch_KeepsEveryLatestVersionSearchableAndTheTriggersFollowChanges()
    {
        var path = Path.Combine(Path.GetTempPath(), $"decision-records-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("Initial");
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0;");
            Task Insert(string text, bool latest) => db.Database.ExecuteSqlAsync($$"""
                INSERT INTO PublishedVersions (Id, DecisionRecordId, Number, IsLatest, Slug, Reference, IsStub, FundingYears, Organisations,
                    SearchText, FirstPublishedAt, PublishedAt, ContentJson, ContentHash)
                VALUES ({{Guid.NewGuid()}}, {{Guid.NewGuid()}}, 1, {{latest}}, 'EXE0001-26', 'EXE0001-26', 0, '', '', {{text}}, '2026-01-01', '2026-01-01', '{}', '')
                """);
            await Insert("zebra crossing", latest: true);
            await Insert("old giraffe", latest: false);

            await migrator.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0;");

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

    [Fact]
    public async Task Sqlite_UpgradeToFaithfulRecord_KeepsWhatEachRowMeant()
    {
        var path = Path.Combine(Path.GetTempPath(), $"decision-records-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("ContentlessSearch");
            var (imported, drafted) = (Guid.NewGuid(), Guid.NewGuid());
            foreach (var (id, by) in new[] { (imported, "import"), (drafted, "someone") })
            {
                await db.Database.ExecuteSqlAsync($$"""
                    INSERT INTO DecisionRecords (Id, Reference, Slug, Title, OfficersPresent, SummaryOfIssue, Recommendations, KeyDiscussionPoints, Status,
                        CreatedByUserId, CreatedAt, UpdatedByUserId, UpdatedAt, Version)
                    VALUES ({{id}}, {{id.ToString()}}, {{id.ToString()}}, 'T', '[]', '', '', '', 'Published', {{by}}, '2026-01-01', {{by}}, '2026-01-01', 1)
                    """);
            }

            await db.Database.ExecuteSqlAsync($$"""
                INSERT INTO FundingTables (Id, DecisionRecordId, Caption, Position, IncludeInTotal, TextColumns, FinancialYears, AmountHeadings, AmountColumnsAt)
                VALUES ({{Guid.NewGuid()}}, {{imported}}, 'Counted', 0, 1, '["A"]', '["2019/20","2020/21"]', '["",""]', 1),
                       ({{Guid.NewGuid()}}, {{imported}}, 'Not counted', 1, 0, '["A"]', '["2020/21"]', '[""]', 1)
                """);
            await db.Database.ExecuteSqlAsync($$"""
                INSERT INTO Signatures (Id, DecisionRecordId, Step, UserId, SignerName, SignerJobTitle, SignedAt, ContentHash, IsImported, NameInferred, IsVoid)
                VALUES ({{Guid.NewGuid()}}, {{imported}}, 'Decision', NULL, 'Lord Bach', 'Police and Crime Commissioner', '2020-03-31 12:00:00', NULL, 1, 1, 0),
                       ({{Guid.NewGuid()}}, {{drafted}}, 'Advice', 'u1', 'Jordan Lee', 'Chief Finance Officer', '2026-01-02 09:30:00', 'abc', 0, 0, 0)
                """);

            await migrator.MigrateAsync();

            var records = await db.WholeRecords().AsNoTracking().ToListAsync();
            var old = records.Single(r => r.Id == imported);
            Assert.Equal(Web.Domain.RecordOrigin.Imported, old.Origin);
            Assert.Equal(Web.Domain.RecordOrigin.Drafted, records.Single(r => r.Id == drafted).Origin);
            var counted = old.FundingTables.Single(t => t.Caption == "Counted");
            Assert.Equal(Web.Domain.TableRole.Commitment, counted.Role);
            Assert.Equal(["2019/20", "2020/21"], counted.CountedYears);
            Assert.Equal(Web.Domain.TablePlacement.Recommendations, counted.Placement);
            Assert.Empty(counted.StatedTotals);
            Assert.Equal(Web.Domain.TableRole.Context, old.FundingTables.Single(t => t.Caption == "Not counted").Role);
            var paper = old.Signatures.Single();
            Assert.Equal(Web.Domain.SignatureConfirmation.Paper, paper.Confirmation);
            Assert.Equal(new DateOnly(2020, 3, 31), paper.DatedOn);
            Assert.Null(paper.SignedAt);
            Assert.True(paper.NameInferred);
            var electronic = records.Single(r => r.Id == drafted).Signatures.Single();
            Assert.Equal(Web.Domain.SignatureConfirmation.Password, electronic.Confirmation);
            Assert.Equal(new DateTimeOffset(2026, 1, 2, 9, 30, 0, TimeSpan.Zero), electronic.SignedAt);
            Assert.Null(electronic.DatedOn);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Sqlite_UpgradeToTypedAuditEvents_KeepsTheWordsAndTheChainOfEveryEarlierEvent()
    {
        var path = Path.Combine(Path.GetTempPath(), $"decision-records-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("PaperSignaturesUndated");
            var hash = new string('a', 64);
            var summaries = new[]
            {
                "Created EXE0001-26: “Quotes” and \"straight\" ones, a £ sign, a tab\there",
                $"Submitted EXE0001-26 for sign-off; content hash {hash}",
            };
            string? previous = null;
            for (var i = 0; i < summaries.Length; i++)
            {
                // The hash as the service wrote it before events were typed.
                var at = new DateTime(2026, 1, 1, 9, i, 0, DateTimeKind.Utc);
                var fields = string.Join('\u001f', (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), previous ?? "", "record.created", "", "u1", "author@test.example", "127.0.0.1",
                    at.ToString("O", System.Globalization.CultureInfo.InvariantCulture), summaries[i]);
                var eventHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fields)));
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO AuditEvents (EventType, DecisionRecordId, UserId, UserName, IpAddress, OccurredAt, Summary, Sequence, PreviousHash, Hash)
                    VALUES ('record.created', NULL, 'u1', 'author@test.example', '127.0.0.1', {at}, {summaries[i]}, {i + 1}, {previous}, {eventHash})
                    """);
                previous = eventHash;
            }

            await db.Database.ExecuteSqlAsync($"INSERT INTO AuditChainHeads (Id, LastSequence, LastHash) VALUES (1, {summaries.Length}, {previous})");

            await migrator.MigrateAsync();

            var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal(summaries, events.Select(e => e.Describe()));
            Assert.All(events, e => Assert.Equal(Web.Domain.AuditEvent.LegacyHashForm, e.HashForm));
            Assert.Equal([null, hash], events.Select(e => e.ContentHash));
            Assert.True((await new Web.Services.AuditChainVerifier(db).VerifyAsync(CancellationToken.None)).IsIntact);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
