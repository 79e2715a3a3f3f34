using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DecisionRecords.Web.Data;

/// <summary>
/// The one model. Each database provider has a derived context type with its own migrations
/// (<see cref="SqliteDbContext"/>, <see cref="SqlServerDbContext"/>).
/// </summary>
public abstract class DecisionRecordsDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and anti-forgery tokens, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DecisionRecord> DecisionRecords => Set<DecisionRecord>();

    public DbSet<FundingTable> FundingTables => Set<FundingTable>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<FundingAmount> FundingAmounts => Set<FundingAmount>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<OfficeHolder> OfficeHolders => Set<OfficeHolder>();

    public DbSet<PlanItem> PlanItems => Set<PlanItem>();

    public DbSet<PlanItemChange> PlanItemChanges => Set<PlanItemChange>();

    public DbSet<ReferenceSequence> ReferenceSequences => Set<ReferenceSequence>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<Signature> Signatures => Set<Signature>();

    public DbSet<RecordNote> RecordNotes => Set<RecordNote>();

    public DbSet<PublishedVersion> PublishedVersions => Set<PublishedVersion>();

    public DbSet<PublicationStamp> PublicationStamps => Set<PublicationStamp>();

    public DbSet<PublishedPdf> PublishedPdfs => Set<PublishedPdf>();

    public DbSet<SealedCopy> SealedCopies => Set<SealedCopy>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<WorkClaim> WorkClaims => Set<WorkClaim>();

    public DbSet<AlertSubscription> AlertSubscriptions => Set<AlertSubscription>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportItem> ImportItems => Set<ImportItem>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Whole records: funding tables with their lines and amounts, attachments (without their bytes) and signatures.</summary>
    public IQueryable<DecisionRecord> WholeRecords() =>
        DecisionRecords
            .Include(r => r.FundingTables).ThenInclude(t => t.Lines).ThenInclude(l => l.Amounts)
            .Include(r => r.Attachments)
            .Include(r => r.Signatures)
            .Include(r => r.Notes)
            .AsSplitQuery();

    /// <summary>A whole record to read, not to change: changes go through <see cref="Services.Changes.RecordChanges"/>.</summary>
    public Task<DecisionRecord?> FindRecordAsync(Guid id, CancellationToken cancellationToken) =>
        WholeRecords().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<string> DisplayNameOfAsync(string userId, CancellationToken cancellationToken) =>
        await Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "Another officer";

    private DateTimeOffset? _publicationChangedAt;

    /// <summary>What the public sees changes with this unit of work: the publication stamp moves on when it is saved.</summary>
    public void PublicationChanged(DateTimeOffset now) =>
        _publicationChangedAt = _publicationChangedAt is { } earlier && earlier > now ? earlier : now;

    /// <summary>
    /// Saves, chaining any new audit events onto the end of the audit chain in the same transaction. Updating the
    /// chain head first takes the write lock (SQLite) or the row lock (SQL Server), so concurrent saves queue
    /// rather than fork the chain. The publication stamp is incremented in place in the same transaction, so two
    /// publications at once (a signature and the PDF printer) queue rather than refuse each other.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var newEvents = ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var publicationChangedAt = _publicationChangedAt;

        // A change to the forward plan is public at once: it wakes this instance's alerts like a publication.
        var planChanged = ChangeTracker.Entries<PlanItemChange>().Any(e => e.State == EntityState.Added);
        if (newEvents.Count == 0 && publicationChangedAt is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await SaveInTransactionAsync(newEvents, publicationChangedAt, acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            _publicationChangedAt = null;
            if (publicationChangedAt is not null || planChanged)
            {
                this.GetInfrastructure().GetService<IDbContextOptions>()?.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?
                    .GetService<Services.PublicationSignal>()?.Raise();
            }

            return result;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private async Task<int> SaveInTransactionAsync(List<AuditEvent> newEvents, DateTimeOffset? publicationChangedAt, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (newEvents.Count > 0)
        {
            await AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
            var head = await AuditChainHeads.SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
            if (head is null)
            {
                head = new AuditChainHead();
                AuditChainHeads.Add(head);
            }

            foreach (var auditEvent in newEvents)
            {
                auditEvent.Chain(head.LastSequence + 1, head.LastHash);
                head.LastSequence = auditEvent.Sequence;
                head.LastHash = auditEvent.Hash;
            }
        }

        if (publicationChangedAt is { } changedAt)
        {
            var moved = await PublicationStamps.Where(s => s.Id == PublicationStamp.SingletonId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1).SetProperty(p => p.ChangedAt, changedAt), cancellationToken);
            if (moved == 0 && PublicationStamps.Local.Count == 0)
            {
                PublicationStamps.Add(new PublicationStamp { Version = 1, ChangedAt = changedAt });
            }
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added)
            ? throw new NotSupportedException("Audit events are chained by SaveChangesAsync; save them asynchronously.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

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
