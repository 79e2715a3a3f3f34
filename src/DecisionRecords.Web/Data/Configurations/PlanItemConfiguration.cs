using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(PlanItem.TitleMaxLength).IsRequired();
        builder.Property(p => p.Matter).HasMaxLength(PlanItem.MatterMaxLength).IsRequired();
        builder.Property(p => p.DecisionMaker).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.KeyDecisionBecause).HasMaxLength(PlanItem.ReasonMaxLength).IsRequired();
        builder.Property(p => p.Category).HasMaxLength(PlanItem.CategoryMaxLength);
        builder.Property(p => p.LeadOfficer).HasMaxLength(PlanItem.LeadOfficerMaxLength).IsRequired();
        builder.Property(p => p.Documents).HasMaxLength(PlanItem.TextMaxLength);
        builder.Property(p => p.Representations).HasMaxLength(PlanItem.TextMaxLength);
        builder.Property(p => p.GeneralTerms).HasMaxLength(PlanItem.TitleMaxLength);
        builder.Property(p => p.ExemptReason).HasMaxLength(PlanItem.ReasonMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.StatusReason).HasMaxLength(PlanItem.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PlanItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Changes).AutoInclude();
        builder.HasIndex(p => p.ExpectedOn);
        builder.HasIndex(p => p.DecisionRecordId).IsUnique();
        builder.Ignore(p => p.PublicTitle);
        builder.Ignore(p => p.Expected);
        builder.Ignore(p => p.Details);
    }
}
