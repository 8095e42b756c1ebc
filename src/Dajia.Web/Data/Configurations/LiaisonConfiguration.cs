using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class LiaisonConfiguration : IEntityTypeConfiguration<Liaison>
{
    public void Configure(EntityTypeBuilder<Liaison> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Gender).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Name).HasMaxLength(FieldLengths.PersonName);
        b.Property(x => x.Title).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.OfficePhone).HasMaxLength(24);
        b.Property(x => x.Mobile).HasMaxLength(20);
        b.Property(x => x.Fax).HasMaxLength(24);
        b.Property(x => x.Email).HasMaxLength(FieldLengths.Email);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.Ignore(x => x.Details);
        b.HasIndex(x => new { x.UnitId, x.Role, x.EffectiveFrom });
    }
}
