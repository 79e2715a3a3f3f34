using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class RecordNoteConfiguration : IEntityTypeConfiguration<RecordNote>
{
    public void Configure(EntityTypeBuilder<RecordNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Text).HasMaxLength(RecordNote.TextMaxLength).IsRequired();
        builder.Property(n => n.Concerns).HasMaxLength(RecordNote.ConcernsMaxLength);
        builder.Property(n => n.PublicExplanation).HasMaxLength(RecordNote.ExplanationMaxLength);
        builder.Property(n => n.ExplainedBy).HasMaxLength(Signature.NameMaxLength);
        builder.HasIndex(n => new { n.DecisionRecordId, n.Position });
    }
}
