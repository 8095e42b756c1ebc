using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> b)
    {
        b.Property(x => x.Code).HasMaxLength(FieldLengths.ShortText);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.RuleCode).HasMaxLength(FieldLengths.ShortText);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(16);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ReportFormVersionConfiguration : IEntityTypeConfiguration<ReportFormVersion>
{
    public void Configure(EntityTypeBuilder<ReportFormVersion> b)
    {
        b.HasIndex(x => new { x.FormId, x.JurisdictionId, x.EffectiveFromYear }).IsUnique();
        // NULLs never collide in the index above, so the shared defaults (no owner) get their own; the quoting suits both providers.
        b.HasIndex(x => new { x.FormId, x.EffectiveFromYear }).IsUnique().HasFilter("\"JurisdictionId\" IS NULL")
            .HasDatabaseName("IX_ReportFormVersion_FormId_EffectiveFromYear_Shared");
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(FieldLengths.EntityName);
        b.Property(x => x.Basis).HasMaxLength(FieldLengths.Note);
    }
}

public sealed class ReportRoundConfiguration : IEntityTypeConfiguration<ReportRound>
{
    public void Configure(EntityTypeBuilder<ReportRound> b)
    {
        b.HasIndex(x => new { x.JurisdictionId, x.FormId, x.Period }).IsUnique();
        b.Property(x => x.Period).HasMaxLength(8);
        b.Property(x => x.ClosedBy).HasMaxLength(FieldLengths.Name);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportFormVersion>().WithMany().HasForeignKey(x => x.FormVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.HasIndex(x => new { x.RoundId, x.UnitId }).IsUnique();
        b.HasIndex(x => x.JurisdictionId);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ReviewedBy).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.ReturnReason).HasMaxLength(FieldLengths.Reason);
        b.Property(x => x.LateGrantedBy).HasMaxLength(FieldLengths.Name);
        b.Ignore(x => x.Current);
        b.HasOne<ReportRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Snapshots).WithOne().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Snapshots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ReportSnapshotConfiguration : IEntityTypeConfiguration<ReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportSnapshot> b)
    {
        b.HasIndex(x => new { x.SubmissionId, x.Number }).IsUnique();
        b.Property(x => x.SubmittedByAccount).HasMaxLength(64);
        b.Property(x => x.SubmittedByName).HasMaxLength(64);
        // The shared snapshot shape: its content is the figures, in the column they always had; the channel is new,
        // and snapshots from before it were all sent online (only a unit's liaison or the office submits, in the app).
        b.Property(x => x.Content).HasColumnName("Values").IsRequired();
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16).HasDefaultValue(SubmissionChannel.Online);
        b.Ignore(x => x.Values);
        b.Ignore(x => x.By);
    }
}
