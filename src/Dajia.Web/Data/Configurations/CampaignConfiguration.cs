using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.DocumentNumber).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Goals).HasMaxLength(FieldLengths.LongText);
        b.Property(x => x.Tasks).HasMaxLength(FieldLengths.LongText);
        b.Property(x => x.FullText).HasMaxLength(50_000);
        b.Property(x => x.QuarterlyReportMonths).HasMaxLength(40);
        b.Property(x => x.ContactName).HasMaxLength(32);
        b.Property(x => x.ContactPhone).HasMaxLength(24);
        b.Property(x => x.ContactFax).HasMaxLength(24);
        b.Property(x => x.ContactEmail).HasMaxLength(128);
        b.Ignore(x => x.ReportMonths);
        b.HasIndex(x => new { x.JurisdictionId, x.Year }).IsUnique();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyArea>().WithMany().HasForeignKey(x => x.KeyAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Stages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CampaignStageConfiguration : IEntityTypeConfiguration<CampaignStage>
{
    public void Configure(EntityTypeBuilder<CampaignStage> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Expectations).HasMaxLength(2000);
    }
}
