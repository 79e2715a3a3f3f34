using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Data;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : DecisionRecordsDbContext(options);
