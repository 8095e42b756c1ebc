using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class PenaltyNoticeRecordConfiguration : IEntityTypeConfiguration<PenaltyNoticeRecord>
{
    public void Configure(EntityTypeBuilder<PenaltyNoticeRecord> b)
    {
        b.ToTable("CaseNotices");
        b.Property(x => x.Penalties).HasConversion<string>().HasMaxLength(100);
        b.Property(x => x.StatementKind).HasConversion<string>().HasMaxLength(100);
        b.Property(x => x.Fine).HasPrecision(14, 2);
        b.Property(x => x.Text).HasMaxLength(FieldLengths.Note);
        b.Property(x => x.StatementText).HasMaxLength(FieldLengths.Note);
        b.Property(x => x.StatementReason).HasMaxLength(FieldLengths.Note);
        b.Property(x => x.IssuedBy).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Number).HasMaxLength(64);
        b.HasIndex(x => new { x.CaseId, x.Ordinal }).IsUnique();
        // One 告字 run per unit and year, shared with nothing else: a number is never given twice (NULLs: not yet numbered).
        b.HasIndex(x => new { x.UnitId, x.Year, x.Sequence }).IsUnique();
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
