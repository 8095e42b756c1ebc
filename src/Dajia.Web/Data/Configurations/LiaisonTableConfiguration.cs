using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class LiaisonTableConfiguration : IEntityTypeConfiguration<LiaisonTable>
{
    public void Configure(EntityTypeBuilder<LiaisonTable> b)
    {
        b.HasIndex(x => new { x.JurisdictionId, x.Year }).IsUnique();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ClosedBy).HasMaxLength(64);
        b.HasMany(x => x.Submissions).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Submissions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>A unit's versions in a round: one row each, the content as submitted.</summary>
public sealed class RoundSubmissionConfiguration : IEntityTypeConfiguration<RoundSubmission>
{
    public void Configure(EntityTypeBuilder<RoundSubmission> b)
    {
        b.Property(x => x.SubmittedByAccount).HasMaxLength(64);
        b.Property(x => x.SubmittedByName).HasMaxLength(64);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.RoundId, x.UnitId, x.Number }).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
