using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class OfficeHolderConfiguration : IEntityTypeConfiguration<OfficeHolder>
{
    public void Configure(EntityTypeBuilder<OfficeHolder> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Office).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Name).HasMaxLength(OfficeHolder.NameMaxLength).IsRequired();
        builder.Property(h => h.JobTitle).HasMaxLength(OfficeHolder.JobTitleMaxLength).IsRequired();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => new { h.Office, h.From });
    }
}
