using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class DecisionRecordConfiguration : IEntityTypeConfiguration<DecisionRecord>
{
    public void Configure(EntityTypeBuilder<DecisionRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StatedValue).HasJsonConversion().HasMaxLength(StatedFigure.WrittenMaxLength + StatedFigure.WhereMaxLength + 100);
        builder.Property(r => r.ReferenceMarker).HasMaxLength(DecisionRecord.ReferenceMarkerMaxLength);
        builder.Property(r => r.Relations).HasJsonConversion().IsRequired();
        builder.Property(r => r.StatedTotal).HasJsonConversion().HasMaxLength(StatedFigure.WrittenMaxLength + StatedFigure.WhereMaxLength + 100);
        builder.Property(r => r.Reference).HasMaxLength(DecisionReference.MaxLength).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(DecisionReference.MaxLength).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(DecisionRecord.TitleMaxLength).IsRequired();
        builder.Property(r => r.Category).HasMaxLength(DecisionRecord.CategoryMaxLength);
        builder.Property(r => r.SummaryOfIssue).HasMaxLength(DecisionRecord.RichTextMaxLength).IsRequired();
        builder.Property(r => r.Recommendations).HasMaxLength(DecisionRecord.RichTextMaxLength).IsRequired();
        builder.Property(r => r.KeyDiscussionPoints).HasMaxLength(DecisionRecord.RichTextMaxLength).IsRequired();
        builder.PrimitiveCollection(r => r.OfficersPresent).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.ImportedFromHash).HasMaxLength(64);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsEditable);
        builder.HasMany(r => r.FundingTables).WithOne().HasForeignKey(t => t.DecisionRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.DecisionRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Signatures).WithOne().HasForeignKey(s => s.DecisionRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.DecisionRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(r => r.Determination, d =>
        {
            d.ToJson();
            d.PrimitiveCollection(x => x.Legislation);
        });
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecisionComments).HasMaxLength(DecisionRecord.RichTextMaxLength);
        builder.Property(r => r.NoticeException).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.NoticeReason).HasMaxLength(DecisionRecord.NoticeReasonMaxLength);
        builder.Property(r => r.ReturnComment).HasMaxLength(Signature.VoidReasonMaxLength);
        builder.Property(r => r.ReturnedBy).HasMaxLength(Signature.NameMaxLength);
        builder.Property(r => r.WithdrawnReason).HasMaxLength(Signature.VoidReasonMaxLength);
        builder.Property(r => r.PendingChangeNote).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.Property(r => r.UnpublishedExplanation).HasMaxLength(PublishedVersion.ChangeNoteMaxLength);
        builder.Ignore(r => r.ValidSignatures);
        builder.Ignore(r => r.CurrentStep);
        builder.Ignore(r => r.IsInSignOff);
    }
}
