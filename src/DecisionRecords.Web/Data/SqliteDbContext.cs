using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DecisionRecords.Web.Data;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : DecisionRecordsDbContext(options);
