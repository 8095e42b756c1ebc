using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class ReportPaperCopyConfiguration : IEntityTypeConfiguration<ReportPaperCopy>
{
    public void Configure(EntityTypeBuilder<ReportPaperCopy> b)
    {
        b.HasIndex(x => new { x.SubmissionId, x.Number }).IsUnique();
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.FileName).HasMaxLength(100);
        b.Property(x => x.AddedBy).HasMaxLength(FieldLengths.Name);
        b.HasOne<ReportSubmission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UnitSummaryConfiguration : IEntityTypeConfiguration<UnitSummary>
{
    public void Configure(EntityTypeBuilder<UnitSummary> b)
    {
        b.HasIndex(x => new { x.JurisdictionId, x.UnitId, x.Year }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(UnitSummary.MaxText);
        b.Property(x => x.FileSha256).HasMaxLength(64);
        b.Property(x => x.FileContentType).HasMaxLength(96);
        b.Property(x => x.FileName).HasMaxLength(100);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.SummaryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class UnitSummaryVersionConfiguration : IEntityTypeConfiguration<UnitSummaryVersion>
{
    public void Configure(EntityTypeBuilder<UnitSummaryVersion> b)
    {
        b.HasIndex(x => new { x.SummaryId, x.Number }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(UnitSummary.MaxText);
        b.Property(x => x.FileSha256).HasMaxLength(64);
        b.Property(x => x.FileContentType).HasMaxLength(96);
        b.Property(x => x.FileName).HasMaxLength(100);
        b.Property(x => x.SubmittedByAccount).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.SubmittedByName).HasMaxLength(FieldLengths.Name);
    }
}

public sealed class TownSummaryConfiguration : IEntityTypeConfiguration<TownSummary>
{
    public void Configure(EntityTypeBuilder<TownSummary> b)
    {
        b.HasIndex(x => new { x.JurisdictionId, x.Year }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(TownSummary.MaxText);
        b.Property(x => x.SavedBy).HasMaxLength(FieldLengths.Name);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.SummaryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TownSummaryRevisionConfiguration : IEntityTypeConfiguration<TownSummaryRevision>
{
    public void Configure(EntityTypeBuilder<TownSummaryRevision> b)
    {
        b.HasIndex(x => new { x.SummaryId, x.Number }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(TownSummary.MaxText);
        b.Property(x => x.SavedBy).HasMaxLength(FieldLengths.Name);
    }
}
