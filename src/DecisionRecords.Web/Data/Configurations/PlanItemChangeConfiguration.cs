using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class PlanItemChangeConfiguration : IEntityTypeConfiguration<PlanItemChange>
{
    public void Configure(EntityTypeBuilder<PlanItemChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Summary).HasMaxLength(PlanItemChange.SummaryMaxLength).IsRequired();
        builder.HasIndex(c => new { c.PlanItemId, c.ChangedAt });
    }
}
