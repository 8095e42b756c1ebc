using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.ToTable("Cases");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(CaseDetails.TitleLength);
        b.Property(x => x.SearchText).HasMaxLength(2_000);
        b.Property(x => x.PartyText).HasMaxLength(400);
        b.Property(x => x.PartyNameLookup).HasMaxLength(24);
        b.Property(x => x.Facts).HasMaxLength(FieldLengths.LongText);
        b.Property(x => x.LegalBasis).HasMaxLength(FieldLengths.Note);
        b.Property(x => x.PartyNameCipher).HasMaxLength(400);
        b.Property(x => x.PartyNameMasked).HasMaxLength(FieldLengths.PersonName);
        b.Property(x => x.PartyIdNumberCipher).HasMaxLength(400);
        b.Property(x => x.PartyIdNumberMasked).HasMaxLength(18);
        b.Property(x => x.DecisionSummary).HasMaxLength(FieldLengths.Note);
        foreach (var p in new[] { nameof(EnforcementCase.CaseValue), nameof(EnforcementCase.GoodsValue),
                     nameof(EnforcementCase.FineAmount), nameof(EnforcementCase.ConfiscatedGains), nameof(EnforcementCase.LateFee),
                     nameof(EnforcementCase.StandardReachedCaseValue), nameof(EnforcementCase.StandardReachedGoodsValue) })
            b.Property(p).HasPrecision(14, 2);
        foreach (var p in new[] { nameof(EnforcementCase.Source), nameof(EnforcementCase.PartyKind),
                     nameof(EnforcementCase.ViolationType), nameof(EnforcementCase.Status), nameof(EnforcementCase.PauseKind),
                     nameof(EnforcementCase.Penalties) })
            b.Property(p).HasConversion<string>().HasMaxLength(100);
        b.Property(x => x.StandardReachedCode).HasMaxLength(40);
        b.Ignore(x => x.ReachedStandard);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.Notified);
        b.Ignore(x => x.Notice);
        b.Ignore(x => x.NoticeServedOn);
        b.Ignore(x => x.NoticeHearingRight);
        b.Ignore(x => x.StatementKind);
        b.Ignore(x => x.OwesPayment);
        b.Ignore(x => x.OwesPublication);
        b.HasIndex(x => new { x.JurisdictionId, x.Number }).IsUnique();
        b.HasIndex(x => x.PartyNameLookup);
        // The list: a jurisdiction's cases newest first, one page read in index order (id breaks ties).
        b.HasIndex(x => new { x.JurisdictionId, x.OpenedAt, x.Id });
        b.HasIndex(x => new { x.HandlingUnitId, x.OpenedAt });
        // A unit's report counts its cases by the day they were opened, closed and decided in a period.
        b.HasIndex(x => new { x.HandlingUnitId, x.OpenedOn });
        b.HasIndex(x => new { x.HandlingUnitId, x.ClosedOn });
        b.HasIndex(x => new { x.HandlingUnitId, x.DecidedOn });
        b.HasIndex(x => new { x.JurisdictionId, x.Status, x.OpenedAt });
        b.HasIndex(x => new { x.JurisdictionId, x.ViolationType, x.OpenedAt });
        // The overdue view (NextDueAt < now): a range of the scope's cases with a running clock, in the list's order after.
        // Partial: a closed case has no running clock, and most cases are closed.
        b.HasIndex(x => new { x.JurisdictionId, x.NextDueAt, x.OpenedAt, x.Id }).HasFilter("\"NextDueAt\" IS NOT NULL");
        b.HasIndex(x => new { x.HandlingUnitId, x.NextDueAt, x.OpenedAt }).HasFilter("\"NextDueAt\" IS NOT NULL");
        // One case per clue and per inspection finding (several NULLs are allowed on both databases).
        b.HasIndex(x => x.ClueId).IsUnique();
        b.HasIndex(x => x.InspectionId).IsUnique();
        b.HasIndex(x => x.MarketEntityId);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Clue>().WithMany().HasForeignKey(x => x.ClueId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.MarketEntityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyArea>().WithMany().HasForeignKey(x => x.KeyAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Officers).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Every move and view of a case asks its current notice (第六十二条): the few notices come with the case.
        b.HasMany(x => x.Notices).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Notices).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

public sealed class CasePartsConfiguration : IEntityTypeConfiguration<CaseEvent>, IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("CaseEvents");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.By).HasMaxLength(64);
        // A reason, plus the figures before and after on a 调整至移送标准以下 line.
        b.Property(x => x.Note).HasMaxLength(FieldLengths.Note + 160);
        b.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CaseOfficer> b)
    {
        b.ToTable("CaseOfficers");
        b.HasIndex(x => new { x.CaseId, x.OfficerId }).IsUnique();
        b.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
