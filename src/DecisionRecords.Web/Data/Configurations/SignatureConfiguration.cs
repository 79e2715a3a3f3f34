using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DecisionRecords.Web.Data.Configurations;

public class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Step).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SignerName).HasMaxLength(Signature.NameMaxLength);
        builder.Property(s => s.NameRule).HasMaxLength(Signature.NameRuleMaxLength);
        builder.Property(s => s.Confirmation).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.IsImported);
        builder.Ignore(s => s.Date);
        builder.Property(s => s.SignerJobTitle).HasMaxLength(Signature.JobTitleMaxLength).IsRequired();
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.VoidReason).HasMaxLength(Signature.VoidReasonMaxLength);
        builder.Ignore(s => s.VerificationCode);
        builder.HasIndex(s => new { s.DecisionRecordId, s.Step });
    }
}
