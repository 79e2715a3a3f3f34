using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.KeyHash);
        builder.Property(s => s.KeyHash).HasMaxLength(UserSession.KeyHashLength);
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.SecurityStamp).HasMaxLength(256).IsRequired();
        builder.Property(s => s.Ticket).IsRequired();
        builder.Property(s => s.Device).HasMaxLength(UserSession.DeviceMaxLength).IsRequired();
        builder.Property(s => s.Address).HasMaxLength(UserSession.AddressMaxLength).IsRequired();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
