using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(OutboxMessage.ClaimedByMaxLength);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(OutboxMessage.UnsubscribeUrlMaxLength);
        builder.Ignore(m => m.GaveUp);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
