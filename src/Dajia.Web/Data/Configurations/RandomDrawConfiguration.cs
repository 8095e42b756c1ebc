using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>, IEntityTypeConfiguration<OfficerConflict>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.Property(x => x.Name).HasMaxLength(32);
        b.Property(x => x.CertificateNumber).HasMaxLength(32);
        b.HasIndex(x => new { x.JurisdictionId, x.CertificateNumber }).IsUnique();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OfficerConflict> b)
    {
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasIndex(x => new { x.OfficerId, x.MarketEntityId }).IsUnique();
        b.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.MarketEntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RandomDrawConfiguration : IEntityTypeConfiguration<RandomDraw>, IEntityTypeConfiguration<RandomDrawItem>
{
    public void Configure(EntityTypeBuilder<RandomDraw> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Filter).HasMaxLength(200);
        b.Property(x => x.EntityListHash).HasMaxLength(64);
        b.Property(x => x.OfficerListHash).HasMaxLength(64);
        b.Property(x => x.ConflictListHash).HasMaxLength(64);
        b.Property(x => x.DrawnBy).HasMaxLength(64);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.RandomDrawId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<RandomDrawItem> b)
    {
        b.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.MarketEntityId).OnDelete(DeleteBehavior.Restrict);
    }
}
