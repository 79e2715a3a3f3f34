using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Step).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SignerName).HasMaxLength(Signature.NameMaxLength).IsRequired();
        builder.Property(s => s.SignerJobTitle).HasMaxLength(Signature.JobTitleMaxLength).IsRequired();
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.VoidReason).HasMaxLength(Signature.VoidReasonMaxLength);
        builder.Ignore(s => s.VerificationCode);
        builder.HasIndex(s => new { s.DecisionRecordId, s.Step });
    }
}

public class PublishedVersionConfiguration : IEntityTypeConfiguration<PublishedVersion>
{
    public void Configure(EntityTypeBuilder<PublishedVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.DecisionRecordId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.IsLatest, v.DecisionDate });
        builder.HasIndex(v => new { v.Slug, v.IsLatest });
        builder.Property(v => v.Slug).HasMaxLength(DecisionReference.MaxLength).IsRequired();
        builder.Property(v => v.Reference).HasMaxLength(DecisionReference.MaxLength).IsRequired();
        builder.Property(v => v.Title).HasMaxLength(DecisionRecord.TitleMaxLength);
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Category).HasMaxLength(DecisionRecord.CategoryMaxLength);
        builder.Property(v => v.FundingYears).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Organisations).IsRequired();
        builder.Property(v => v.SearchText).IsRequired();
        builder.Property(v => v.ContentJson).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(v => v.ChangeNote).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.Property(v => v.UnpublishedExplanation).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.HasOne<DecisionRecord>().WithMany().HasForeignKey(v => v.DecisionRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PublishedPdfConfiguration : IEntityTypeConfiguration<PublishedPdf>
{
    public void Configure(EntityTypeBuilder<PublishedPdf> builder)
    {
        builder.HasKey(p => p.VersionId);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Data).IsRequired();
        builder.HasOne<PublishedVersion>().WithOne().HasForeignKey<PublishedPdf>(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PublicationStampConfiguration : IEntityTypeConfiguration<PublicationStamp>
{
    public void Configure(EntityTypeBuilder<PublicationStamp> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Ignore(m => m.GaveUp);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
