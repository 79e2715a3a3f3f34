using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class OfficeHolderConfiguration : IEntityTypeConfiguration<OfficeHolder>
{
    public void Configure(EntityTypeBuilder<OfficeHolder> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Office).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Name).HasMaxLength(OfficeHolder.NameMaxLength).IsRequired();
        builder.Property(h => h.JobTitle).HasMaxLength(OfficeHolder.JobTitleMaxLength).IsRequired();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => new { h.Office, h.From });
    }
}

public class ReferenceSequenceConfiguration : IEntityTypeConfiguration<ReferenceSequence>
{
    public void Configure(EntityTypeBuilder<ReferenceSequence> builder)
    {
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}

public class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.EventType).HasMaxLength(AuditEvent.EventTypeMaxLength).IsRequired();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Summary).HasMaxLength(AuditEvent.SummaryMaxLength).IsRequired();
        builder.HasIndex(e => e.DecisionRecordId);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
    }
}

public class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
    }
}

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.JobTitle).HasMaxLength(ApplicationUser.JobTitleMaxLength).IsRequired();
    }
}
