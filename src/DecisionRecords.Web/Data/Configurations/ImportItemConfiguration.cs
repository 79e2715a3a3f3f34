using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class ImportItemConfiguration : IEntityTypeConfiguration<ImportItem>
{
    public void Configure(EntityTypeBuilder<ImportItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(ImportItem.FileNameMaxLength).IsRequired();
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Reference).HasMaxLength(DecisionReference.MaxLength);
        builder.Property(i => i.Refusal).HasMaxLength(ImportItem.RefusalMaxLength);
        builder.Property(i => i.Notes).HasJsonConversion().IsRequired();
        builder.HasIndex(i => new { i.BatchId, i.State, i.Position });
    }
}
