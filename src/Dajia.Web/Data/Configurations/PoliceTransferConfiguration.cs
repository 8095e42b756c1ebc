using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class PoliceTransferConfiguration : IEntityTypeConfiguration<PoliceTransfer>
{
    public void Configure(EntityTypeBuilder<PoliceTransfer> b)
    {
        b.Property(x => x.ThresholdCode).HasMaxLength(40);
        b.Property(x => x.Police).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.JurisdictionId, x.HandlingUnitId });
        b.HasOne<Domain.Jurisdictions.Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.TransferId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.IsOver);
    }
}

public sealed class PoliceTransferStepConfiguration : IEntityTypeConfiguration<PoliceTransferStep>
{
    public void Configure(EntityTypeBuilder<PoliceTransferStep> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.By).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Note).HasMaxLength(FieldLengths.Note);
        b.HasIndex(x => new { x.TransferId, x.Sequence }).IsUnique();
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.StepId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TransferDocumentConfiguration : IEntityTypeConfiguration<TransferDocument>
{
    public void Configure(EntityTypeBuilder<TransferDocument> b)
    {
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(120);
    }
}
