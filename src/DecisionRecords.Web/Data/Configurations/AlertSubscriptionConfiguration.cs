using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Email).HasMaxLength(AlertSubscription.EmailMaxLength).IsRequired();
        builder.Property(s => s.Criteria).HasJsonConversion().HasMaxLength(2000).IsRequired();
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(AlertSubscription.TokenLength).IsRequired();
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
        builder.HasIndex(s => s.Email);
        builder.Property(s => s.EndReason).HasMaxLength(AlertSubscription.EndReasonMaxLength);
        builder.Ignore(s => s.IsActive);
    }
}
