using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class TransferThresholdConfiguration : IEntityTypeConfiguration<TransferThreshold>
{
    public void Configure(EntityTypeBuilder<TransferThreshold> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Offence).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.Amount).HasPrecision(14, 2);
        b.HasIndex(x => new { x.Code, x.EffectiveFrom }).IsUnique();
    }
}
