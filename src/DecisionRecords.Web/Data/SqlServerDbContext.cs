using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Data;

public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : DecisionRecordsDbContext(options);
