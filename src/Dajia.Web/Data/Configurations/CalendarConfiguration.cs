using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasKey(x => x.Date);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(32);
        b.HasIndex(x => x.NoticeYear);
    }
}

public sealed class CalendarNoticeConfiguration : IEntityTypeConfiguration<CalendarNotice>
{
    public void Configure(EntityTypeBuilder<CalendarNotice> b)
    {
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.Papers).HasMaxLength(1000);
    }
}

public sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.TimeUnit).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.Code, x.EffectiveFrom }).IsUnique();
    }
}

public sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        b.Property(x => x.SubjectType).HasMaxLength(40);
        b.Property(x => x.RuleCode).HasMaxLength(40);
        b.Property(x => x.Period).HasMaxLength(16);
        b.Property(x => x.TimeUnit).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasIndex(x => new { x.MetAt, x.DueAt });
        // The open clocks only (a few in a hundred): the overdue case view finds those past due without reading the table.
        b.HasIndex(x => new { x.SubjectType, x.DueAt, x.SubjectId, x.JurisdictionId, x.ResponsibleUnitId, x.Id }, "IX_Deadlines_Open")
            .HasFilter("\"MetAt\" IS NULL AND \"EndedAt\" IS NULL");
        b.HasOne<DeadlineRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dajia.Web.Domain.Jurisdictions.Jurisdiction>()
            .WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Pauses).WithOne().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Pauses).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.IsPaused);
    }
}

public sealed class DeadlinePartsConfiguration :
    IEntityTypeConfiguration<DeadlinePause>, IEntityTypeConfiguration<DeadlineExtension>, IEntityTypeConfiguration<DeadlineChange>
{
    public void Configure(EntityTypeBuilder<DeadlinePause> b) => b.Property(x => x.Reason).HasMaxLength(200);

    public void Configure(EntityTypeBuilder<DeadlineExtension> b)
    {
        b.Property(x => x.Reason).HasMaxLength(200);
        b.Property(x => x.RequestedBy).HasMaxLength(64);
        b.Property(x => x.ApprovedBy).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<DeadlineChange> b)
    {
        b.Property(x => x.By).HasMaxLength(64);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(200);
    }
}
