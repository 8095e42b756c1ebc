using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Number).HasMaxLength(64);
        b.Property(x => x.IssuedBy).HasMaxLength(FieldLengths.Name);
        b.HasIndex(x => new { x.CaseId, x.Kind }).IsUnique();
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.Kind, x.Year, x.Sequence }).IsUnique();
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
