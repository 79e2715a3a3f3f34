using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(b => b.CreatedByName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
        builder.Property(b => b.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.Phase);
        builder.HasIndex(b => b.CreatedAt);
    }
}
