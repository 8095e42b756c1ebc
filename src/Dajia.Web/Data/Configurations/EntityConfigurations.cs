using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class KeyAreaConfiguration : IEntityTypeConfiguration<KeyArea>
{
    public void Configure(EntityTypeBuilder<KeyArea> b)
    {
        b.Property(x => x.Name).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Address).HasMaxLength(FieldLengths.Address);
        b.Property(x => x.Description).HasMaxLength(FieldLengths.Description);
        b.Property(x => x.YearsDesignated).HasMaxLength(200);
        b.Property(x => x.AliasList).HasMaxLength(KeyAreaDetails.MaxAliasesLength);
        b.Ignore(x => x.Aliases);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.Years);
        b.HasIndex(x => new { x.JurisdictionId, x.Name }).IsUnique();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MarketEntityConfiguration : IEntityTypeConfiguration<MarketEntity>
{
    public void Configure(EntityTypeBuilder<MarketEntity> b)
    {
        b.Property(x => x.Name).HasMaxLength(FieldLengths.EntityName);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.StallNumber).HasMaxLength(FieldLengths.ShortText);
        b.Property(x => x.Address).HasMaxLength(FieldLengths.Address);
        b.Property(x => x.OperatorName).HasMaxLength(FieldLengths.PersonName);
        b.Property(x => x.OperatorIdCipher).HasMaxLength(400);
        b.Property(x => x.OperatorIdMasked).HasMaxLength(18);
        b.Property(x => x.ContactPhone).HasMaxLength(24);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Risk).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.JurisdictionId, x.CreditCode }).IsUnique();
        b.HasIndex(x => new { x.JurisdictionId, x.Name });
        b.HasIndex(x => new { x.KeyAreaId, x.StallNumber });
        b.Property(x => x.StallKey).HasMaxLength(8);
        b.HasIndex(x => new { x.JurisdictionId, x.StallKey });
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyArea>().WithMany().HasForeignKey(x => x.KeyAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
