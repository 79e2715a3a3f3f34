using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class FundingTableConfiguration : IEntityTypeConfiguration<FundingTable>
{
    public void Configure(EntityTypeBuilder<FundingTable> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Caption).HasMaxLength(FundingTable.CaptionMaxLength).IsRequired();
        builder.PrimitiveCollection(t => t.TextColumns).IsRequired();
        builder.PrimitiveCollection(t => t.FinancialYears).IsRequired();
        builder.PrimitiveCollection(t => t.AmountHeadings).IsRequired();
        builder.Property(t => t.ExemptReason).HasMaxLength(FundingLine.ExemptReasonMaxLength);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.FundingTableId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.GrandTotalPence);
        builder.Ignore(t => t.HasGroups);
        builder.Ignore(t => t.OrderedLines);
    }
}

public class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Group).HasMaxLength(FundingLine.GroupMaxLength);
        builder.PrimitiveCollection(l => l.Texts).IsRequired();
        builder.Property(l => l.ExemptReason).HasMaxLength(FundingLine.ExemptReasonMaxLength);
        builder.HasMany(l => l.Amounts).WithOne().HasForeignKey(a => a.FundingLineId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(l => l.TotalPence);
    }
}

public class FundingAmountConfiguration : IEntityTypeConfiguration<FundingAmount>
{
    public void Configure(EntityTypeBuilder<FundingAmount> builder)
    {
        builder.HasKey(a => new { a.FundingLineId, a.FinancialYear });
        builder.Property(a => a.FinancialYear).HasMaxLength(FinancialYear.MaxLength);
        builder.HasIndex(a => a.FinancialYear);
    }
}
