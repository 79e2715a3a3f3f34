using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class WorkClaimConfiguration : IEntityTypeConfiguration<WorkClaim>
{
    public void Configure(EntityTypeBuilder<WorkClaim> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(WorkClaim.KeyMaxLength);
        builder.Property(c => c.Owner).HasMaxLength(WorkClaim.OwnerMaxLength).IsRequired();
    }
}
