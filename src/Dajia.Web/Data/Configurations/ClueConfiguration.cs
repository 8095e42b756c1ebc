using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dajia.Web.Data.Configurations;

public sealed class ClueConfiguration : IEntityTypeConfiguration<Clue>
{
    public void Configure(EntityTypeBuilder<Clue> b)
    {
        // SQLite keeps a full-text index in step with AFTER triggers (see the SearchIndex migration); EF must know.
        b.ToTable(t => t.HasTrigger("Clues_search_ai"));
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.TrackingCode).HasMaxLength(16);
        b.Property(x => x.AccessKeyHash).HasMaxLength(64);
        b.Property(x => x.AccessKeyCipher).HasMaxLength(400);
        // The column that held the key in clear now holds its hash: renaming or dropping a column of Clues would make
        // SQLite rebuild the table, which loses the full-text triggers. IdempotencyUpgrade clears old rows' keys.
        b.Property(x => x.IdempotencyKeyHash).HasColumnName("IdempotencyKey").HasMaxLength(64);
        b.Property(x => x.IdempotencyRequestHash).HasMaxLength(64);
        b.Property(x => x.Product).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.Brand).HasMaxLength(FieldLengths.Name);
        b.Property(x => x.MerchantName).HasMaxLength(FieldLengths.EntityName);
        b.Property(x => x.Address).HasMaxLength(FieldLengths.Address);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.ResultNotes).HasMaxLength(2000);
        b.Property(x => x.CaseReference).HasMaxLength(40);
        b.Property(x => x.InformantNotifiedHow).HasMaxLength(500);
        b.Property(x => x.ExtensionRequest).HasMaxLength(500);
        b.Property(x => x.SearchText).HasMaxLength(20_000);
        b.Property(x => x.MediationNotes).HasMaxLength(Clue.OutcomeLength);
        b.Property(x => x.PublicOutcome).HasMaxLength(Clue.OutcomeLength);
        b.Property(x => x.UntoldReason).HasMaxLength(Clue.OutcomeLength);
        b.Property(x => x.Mediation).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.UntoldKind).HasConversion<string>().HasMaxLength(16);
        foreach (var p in new[] { nameof(Clue.Kind), nameof(Clue.Category), nameof(Clue.Source), nameof(Clue.Status), nameof(Clue.Result) })
            b.Property(p).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.IsOpen);
        // The key area is a plain column, no foreign key: adding one would make SQLite rebuild Clues (see above).
        // Clues stored before matching existed read as None (nothing matched yet), not as an empty, unreadable value.
        b.Property(x => x.MatchState).HasConversion<string>().HasMaxLength(16).HasDefaultValue(EntityMatchState.None);
        b.HasIndex(x => new { x.KeyAreaId, x.ReceivedAt });
        b.HasIndex(x => new { x.JurisdictionId, x.Number }).IsUnique();
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.HasIndex(x => x.IdempotencyKeyHash).IsUnique().HasDatabaseName("IX_Clues_IdempotencyKey");
        b.HasIndex(x => new { x.JurisdictionId, x.Status, x.ReceivedAt });
        // A jurisdiction's list, newest or oldest first, read in index order and stopped after one page (id breaks ties).
        b.HasIndex(x => new { x.JurisdictionId, x.ReceivedAt, x.Id });
        b.HasIndex(x => new { x.AssignedUnitId, x.Status });
        b.HasIndex(x => new { x.AssignedUnitId, x.ReceivedAt });
        // Lists are newest first: walking this index stops after one page even when a search matches many clues.
        b.HasIndex(x => x.ReceivedAt);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.MarketEntityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Informant>().WithMany().HasForeignKey(x => x.InformantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ClueId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CluePartsConfiguration :
    IEntityTypeConfiguration<ClueEvent>, IEntityTypeConfiguration<Informant>, IEntityTypeConfiguration<InformantReveal>,
        IEntityTypeConfiguration<ClueAttachment>
{
    public void Configure(EntityTypeBuilder<ClueAttachment> b)
    {
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.ThumbnailSha256).HasMaxLength(64);
        b.HasIndex(x => x.ClueId);
        b.HasOne<Clue>().WithMany().HasForeignKey(x => x.ClueId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ClueEvent> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.By).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(500);
        // A report's 核查线索 figure starts from the verifications in its period, not from every clue of the unit.
        b.HasIndex(x => new { x.Kind, x.At });
        // One line per number: a save that lost a race fails as stale (Versioning.Contended), never as a second line 3.
        b.HasIndex(x => new { x.ClueId, x.Sequence }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Informant> b)
    {
        b.Property(x => x.NameCipher).HasMaxLength(400);
        b.Property(x => x.MobileCipher).HasMaxLength(400);
        b.Property(x => x.IdNumberCipher).HasMaxLength(400);
        b.Property(x => x.NotifyBy).HasMaxLength(16);
        b.HasIndex(x => new { x.JurisdictionId, x.Alias }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<InformantReveal> b)
    {
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasIndex(x => x.ClueId);
    }
}
