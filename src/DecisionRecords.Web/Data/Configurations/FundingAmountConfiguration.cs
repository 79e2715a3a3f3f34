using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class FundingAmountConfiguration : IEntityTypeConfiguration<FundingAmount>
{
    public void Configure(EntityTypeBuilder<FundingAmount> builder)
    {
        builder.HasKey(a => new { a.FundingLineId, a.FinancialYear, a.Measure });
        builder.Property(a => a.Measure).HasMaxLength(FundingTable.MeasureMaxLength).ValueGeneratedNever();
        builder.Ignore(a => a.Key);
        builder.Property(a => a.FinancialYear).HasMaxLength(FinancialYear.MaxLength);
        builder.HasIndex(a => a.FinancialYear);
        builder.Property(a => a.Written).HasMaxLength(FundingAmount.WrittenMaxLength);
    }
}
