using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(x => x.Name).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.ShortName).HasMaxLength(FieldLengths.ShortText);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Address).HasMaxLength(FieldLengths.Address);
        b.HasIndex(x => new { x.JurisdictionId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.JurisdictionId, x.Name }).IsUnique();
        b.HasOne(x => x.Jurisdiction).WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.ComplexProperty(x => x.Leader, l =>
        {
            l.Property(p => p.Name).HasColumnName("LeaderName").HasMaxLength(FieldLengths.PersonName);
            l.Property(p => p.Title).HasColumnName("LeaderTitle").HasMaxLength(FieldLengths.Name);
            l.Property(p => p.Mobile).HasColumnName("LeaderMobile").HasMaxLength(20);
        });
        b.HasMany(x => x.Liaisons).WithOne().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Liaisons).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
