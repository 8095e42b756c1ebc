using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class LiaisonTableConfiguration : IEntityTypeConfiguration<LiaisonTable>
{
    public void Configure(EntityTypeBuilder<LiaisonTable> b)
    {
        b.HasIndex(x => new { x.JurisdictionId, x.Year }).IsUnique();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Submissions).WithOne().HasForeignKey(x => x.LiaisonTableId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Submissions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class LiaisonTableSubmissionConfiguration : IEntityTypeConfiguration<LiaisonTableSubmission>
{
    public void Configure(EntityTypeBuilder<LiaisonTableSubmission> b)
    {
        b.Property(x => x.SubmittedBy).HasMaxLength(64);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.LiaisonTableId, x.UnitId }).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
