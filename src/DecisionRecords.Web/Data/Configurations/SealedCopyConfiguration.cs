using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class SealedCopyConfiguration : IEntityTypeConfiguration<SealedCopy>
{
    public void Configure(EntityTypeBuilder<SealedCopy> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(c => c.CertificateThumbprint).HasMaxLength(64).IsRequired();
        builder.Property(c => c.CertificateHolder).HasMaxLength(SealedCopy.HolderMaxLength).IsRequired();
        builder.Property(c => c.ReplacedBecause).HasMaxLength(SealedCopy.ReasonMaxLength);
        builder.HasIndex(c => c.Sha256).IsUnique();
        builder.HasIndex(c => c.VersionId);
        builder.HasOne<PublishedVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
