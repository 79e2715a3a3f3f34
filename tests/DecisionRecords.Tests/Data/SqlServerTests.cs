using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Data;

public class SqlServerTests
{
    [SqlServerFact]
    public async Task Migrations_ApplyAndTheModelRoundTrips()
    {
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable))
        {
            InitialCatalog = $"DecisionRecordsTest_{Guid.NewGuid():N}",
        };
        var options = new DbContextOptionsBuilder<SqlServerDbContext>().UseSqlServer(builder.ConnectionString).Options;
        await using var db = new SqlServerDbContext(options);
        try
        {
            await db.MigrateAsync();
            var record = new DecisionRecord(Guid.NewGuid(), "EXE0003/20", "Commissioning Framework", "user", DateTimeOffset.UtcNow);
            record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit("Table 1.", TableRole.Commitment, ["Service area"], ["2020/21"], ["Approved spend (£)"], 1,
                [new FundingLineInput(null, ["MARAC IDVA"], [("2020/21", 2_488_25)])]));
            db.DecisionRecords.Add(record);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            var loaded = await db.DecisionRecords.Include(r => r.FundingTables).ThenInclude(t => t.Lines).ThenInclude(l => l.Amounts).SingleAsync(r => r.Slug == "EXE0003-20");
            Assert.Equal(2_488_25, DecisionValue.Of(loaded)!.ValuePence);
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }
}
