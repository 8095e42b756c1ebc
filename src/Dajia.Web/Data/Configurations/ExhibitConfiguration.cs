using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class ExhibitConfiguration : IEntityTypeConfiguration<Exhibit>
{
    public void Configure(EntityTypeBuilder<Exhibit> b)
    {
        b.Property(x => x.Item).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Brand).HasMaxLength(FieldLengths.ShortText);
        b.Property(x => x.Quantity).HasPrecision(12, 2);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Value).HasPrecision(14, 2);
        b.Property(x => x.StoragePlace).HasMaxLength(FieldLengths.Address);
        b.Property(x => x.Disposal).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DisposalNote).HasMaxLength(FieldLengths.Note);
        b.Property(x => x.DisposedBy).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.RecordedBy).HasMaxLength(FieldLengths.Name);
        b.HasIndex(x => x.CaseId);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsDisposed);
    }
}
