using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class FundingTableConfiguration : IEntityTypeConfiguration<FundingTable>
{
    public void Configure(EntityTypeBuilder<FundingTable> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(t => t.CountedYears).IsRequired();
        builder.Property(t => t.RoleRule).HasMaxLength(FundingTable.RoleRuleMaxLength);
        builder.Property(t => t.BreakdownOf).HasMaxLength(FundingTable.BreakdownOfMaxLength);
        builder.Property(t => t.Placement).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.StatedTotals).HasJsonConversion().IsRequired();
        builder.Property(t => t.Caption).HasMaxLength(FundingTable.CaptionMaxLength).IsRequired();
        builder.PrimitiveCollection(t => t.TextColumns).IsRequired();
        builder.PrimitiveCollection(t => t.FinancialYears).IsRequired();
        builder.PrimitiveCollection(t => t.AmountHeadings).IsRequired();
        builder.PrimitiveCollection(t => t.Measures).IsRequired();
        builder.PrimitiveCollection(t => t.Units).IsRequired();
        builder.Property(t => t.ValueMeasure).HasMaxLength(FundingTable.MeasureMaxLength);
        builder.Property(t => t.ExemptReason).HasMaxLength(FundingLine.ExemptReasonMaxLength);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.FundingTableId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.HasGroups);
        builder.Ignore(t => t.OrderedLines);
    }
}
