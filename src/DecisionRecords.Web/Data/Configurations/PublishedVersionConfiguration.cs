using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

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
        builder.Property(v => v.RelatedSlugs).HasMaxLength(1000).IsRequired();
        builder.Property(v => v.Organisations).IsRequired();
        builder.Property(v => v.SearchText).IsRequired();
        builder.Property(v => v.ContentJson).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(v => v.RecordContentHash).HasMaxLength(64);
        builder.Property(v => v.ChangeNote).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.Property(v => v.UnpublishedExplanation).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.HasOne<DecisionRecord>().WithMany().HasForeignKey(v => v.DecisionRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
