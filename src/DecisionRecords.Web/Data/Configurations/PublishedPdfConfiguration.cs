using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class PublishedPdfConfiguration : IEntityTypeConfiguration<PublishedPdf>
{
    public void Configure(EntityTypeBuilder<PublishedPdf> builder)
    {
        builder.HasKey(p => p.VersionId);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Data).IsRequired();
        builder.HasOne<PublishedVersion>().WithOne().HasForeignKey<PublishedPdf>(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
