using System.Text.RegularExpressions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DecisionRecords.Tests.Data;

/// <summary>
/// No SQL Server runs here, so the production provider's SQL is parsed instead: the migration script operators run
/// (idempotent), the SQL inside its EXEC blocks, and the queries the public site, search and sign-off send. A T-SQL
/// error fails here without a server; <see cref="SqlServerTests"/> runs it for real where one is configured.
/// </summary>
public partial class SqlServerScriptTests
{
    private static SqlServerDbContext Context() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [GeneratedRegex(@"EXEC\(N'((?:[^']|'')*)'\)", RegexOptions.Singleline)]
    private static partial Regex ExecBlock();

    private static void AssertParses(string sql, string what)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{what}:\n" + string.Join('\n', errors.Select(e => $"line {e.Line}: {e.Message}")) + $"\n\n{sql}");
    }

    [Fact]
    public void MigrationScript_Idempotent_IsValidTSql_AndSoIsTheSqlItRunsThroughExec()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        AssertParses(script, "the idempotent migration script");
        var blocks = ExecBlock().Matches(script).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            AssertParses(block, "SQL run through EXEC in the migration script");
        }
    }

    [Fact]
    public void MigrationScript_InOrder_IsValidTSql()
    {
        using var db = Context();
        AssertParses(db.GetService<IMigrator>().GenerateScript(), "the migration script");
    }

    [Fact]
    public void Queries_OfThePublicSiteSearchAndSignOff_AreValidTSql()
    {
        using var db = Context();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var register = new PublicRegister(db, Options.Create(new PublicSiteOptions()), cache, null!);
        var everyFilter = new RegisterQuery("people zones", 2024, "2024/25", "2024/25", "Community safety", DecisionOutcome.Supported, 100, 10_000_000, "Catch 22", 2);
        var today = new DateOnly(2026, 3, 13);
        var id = Guid.NewGuid();

        var queries = new Dictionary<string, string>
        {
            ["register search, every filter, one page"] = register.Filter(everyFilter).OrderByDescending(v => v.DecisionDate).ThenByDescending(v => v.Reference).Skip(20).Take(20).ToQueryString(),
            ["register without filters"] = register.Filter(new RegisterQuery(null, null, null, null, null, null, null, null, null, 1)).ToQueryString(),
            ["a decision by its address"] = register.Latest().Where(v => v.Slug == "exe0019-24").ToQueryString(),
            ["filter choices"] = register.Latest().Select(v => v.Organisations).Where(v => v != "").ToQueryString(),
            ["a whole record, to change it"] = db.WholeRecords().AsSingleQuery().Where(r => r.Id == id).ToQueryString(),
            ["records due for release"] = db.DecisionRecords.Where(r => r.Status == DecisionStatus.Decided && r.PublishOn <= today).Select(r => new { r.Id, r.Version }).ToQueryString(),
            ["the published PDF of a version"] = db.PublishedVersions.Where(v => v.DecisionRecordId == id && v.Number == 2 && !v.IsStub).Join(db.PublishedPdfs, v => v.Id, p => p.VersionId, (_, p) => p).ToQueryString(),
            ["the audit log searched"] = db.AuditEvents.Where(e => e.Payload.Contains("term") || (e.UserName != null && e.UserName.Contains("term"))).OrderByDescending(e => e.Sequence).Take(200).ToQueryString(),
            ["the outbox"] = db.OutboxMessages.Where(m => m.SentAt == null && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= DateTimeOffset.UnixEpoch).OrderBy(m => m.CreatedAt).Take(50).ToQueryString(),
        };

        foreach (var (what, sql) in queries)
        {
            AssertParses(sql, what);
        }
    }

    /// <summary>Sends nothing anywhere: the connection is never opened, each statement is kept and answered "1 row".</summary>
    private sealed class Captured : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public List<string> Statements { get; } = [];

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Statements.Add(command.CommandText);
            return ValueTask.FromResult(Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>.SuppressWithResult(1));
        }
    }

    private sealed class NeverOpened : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult> ConnectionOpeningAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult.Suppress());

        public override Task ConnectionClosedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) => Task.CompletedTask;
    }

    [Fact]
    public async Task ClaimStatements_OfEmailsAndOtherWork_AreValidTSql()
    {
        var captured = new Captured();
        await using var db = new SqlServerDbContext(new DbContextOptionsBuilder<SqlServerDbContext>()
            .UseSqlServer("Server=localhost;Database=DecisionRecords;Trusted_Connection=True;TrustServerCertificate=True")
            .AddInterceptors(captured, new NeverOpened()).Options);
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(1, await OutboxSender.ClaimAsync(db, [Guid.NewGuid(), Guid.NewGuid()], "host/1/abc", now, now.AddMinutes(2), CancellationToken.None));
        Assert.Equal(1, await WorkClaims.TakeOverAsync(db, "pdf:0123", "host/1/abc", now, now.AddMinutes(2), CancellationToken.None));
        Assert.Equal(1, await WorkClaims.CompleteAsync(db, "pdf:0123", "host/1/abc", now, CancellationToken.None));
        Assert.Equal(1, await WorkClaims.ReleaseAsync(db, "pdf:0123", "host/1/abc", CancellationToken.None));
        Assert.Equal(1, await WorkClaims.RenewAsync(db, "import-item:0123", "host/1/abc", now.AddMinutes(2), CancellationToken.None));

        Assert.Equal(5, captured.Statements.Count);
        Assert.Contains("UPDATE", captured.Statements[0], StringComparison.Ordinal);
        Assert.Contains("[ClaimedUntil] < @", captured.Statements[0], StringComparison.Ordinal);
        Assert.Contains("DELETE", captured.Statements[3], StringComparison.Ordinal);
        Assert.DoesNotContain("[Claims]", captured.Statements[4], StringComparison.Ordinal);
        foreach (var statement in captured.Statements)
        {
            AssertParses(statement, "a claim statement");
        }
    }
}
