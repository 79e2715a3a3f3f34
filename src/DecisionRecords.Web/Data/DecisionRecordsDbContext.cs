using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DecisionRecords.Web.Data;

/// <summary>
/// The one model. Each database provider has a derived context type with its own migrations
/// (<see cref="SqliteDbContext"/>, <see cref="SqlServerDbContext"/>).
/// </summary>
public abstract class DecisionRecordsDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<DecisionRecord> DecisionRecords => Set<DecisionRecord>();

    public DbSet<FundingTable> FundingTables => Set<FundingTable>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<FundingAmount> FundingAmounts => Set<FundingAmount>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<OfficeHolder> OfficeHolders => Set<OfficeHolder>();

    public DbSet<ReferenceSequence> ReferenceSequences => Set<ReferenceSequence>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC date-times so that both providers can sort and compare them in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DecisionRecordsDbContext).Assembly);
    }
}

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : DecisionRecordsDbContext(options);

public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : DecisionRecordsDbContext(options);

public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
