using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class PublicationStampConfiguration : IEntityTypeConfiguration<PublicationStamp>
{
    public void Configure(EntityTypeBuilder<PublicationStamp> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
