using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

/// <summary>The assignment's columns on Clues (added, never renamed: see ClueConfiguration), its 协查单位 and evidence.</summary>
public sealed class ClueAssignmentConfiguration :
    IEntityTypeConfiguration<Clue>, IEntityTypeConfiguration<ClueCoUnit>, IEntityTypeConfiguration<ClueEvidence>
{
    public void Configure(EntityTypeBuilder<Clue> b)
    {
        b.Property(x => x.AssignmentInstructions).HasMaxLength(FieldLengths.Note);
        b.HasMany(x => x.CoUnits).WithOne().HasForeignKey(x => x.ClueId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.CoUnits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<ClueCoUnit> b)
    {
        b.ToTable("ClueCoUnits");
        b.HasIndex(x => new { x.ClueId, x.UnitId }).IsUnique();
        // A liaison's scope asks "is my unit a co-operating unit of this clue": found from the unit.
        b.HasIndex(x => x.UnitId);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ClueEvidence> b)
    {
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.ThumbnailSha256).HasMaxLength(64);
        b.Property(x => x.FileName).HasMaxLength(100);
        b.Property(x => x.AddedBy).HasMaxLength(64);
        b.HasIndex(x => x.ClueId);
        b.HasOne<Clue>().WithMany().HasForeignKey(x => x.ClueId).OnDelete(DeleteBehavior.Cascade);
    }
}
