using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Group).HasMaxLength(FundingLine.GroupMaxLength);
        builder.PrimitiveCollection(l => l.Texts).IsRequired();
        builder.Property(l => l.ExemptReason).HasMaxLength(FundingLine.ExemptReasonMaxLength);
        builder.HasMany(l => l.Amounts).WithOne().HasForeignKey(a => a.FundingLineId).OnDelete(DeleteBehavior.Cascade);
    }
}
