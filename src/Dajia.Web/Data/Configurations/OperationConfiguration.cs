using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Findings).HasMaxLength(FieldLengths.LongText);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.HasIndex(x => new { x.JurisdictionId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.JurisdictionId, x.StartsAt });
        b.HasIndex(x => new { x.LeadUnitId, x.StartsAt });
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyArea>().WithMany().HasForeignKey(x => x.KeyAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Inspections).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Inspections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OperationPartsConfiguration :
    IEntityTypeConfiguration<OperationUnit>, IEntityTypeConfiguration<Inspection>, IEntityTypeConfiguration<OperationPhoto>
{
    public void Configure(EntityTypeBuilder<OperationPhoto> b)
    {
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ThumbnailSha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<OperationUnit> b)
    {
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Officers).HasMaxLength(500);
        b.HasIndex(x => new { x.OperationId, x.UnitId }).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Notes).HasMaxLength(FieldLengths.Notes);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.HasIndex(x => x.MarketEntityId);
        b.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.MarketEntityId).OnDelete(DeleteBehavior.Restrict);
    }
}
