using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Dajia.Web.Data;

/// <summary>
/// The one model. Each provider has a thin subclass with its own migrations set, because a
/// migration generated for SQLite is wrong on PostgreSQL and the other way round.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Liaison> Liaisons => Set<Liaison>();
    public DbSet<LiaisonTable> LiaisonTables => Set<LiaisonTable>();
    public DbSet<Domain.Rounds.RoundSubmission> RoundSubmissions => Set<Domain.Rounds.RoundSubmission>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarNotice> CalendarNotices => Set<CalendarNotice>();
    public DbSet<DeadlineRule> DeadlineRules => Set<DeadlineRule>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<KeyArea> KeyAreas => Set<KeyArea>();
    public DbSet<MarketEntity> MarketEntities => Set<MarketEntity>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<OfficerConflict> OfficerConflicts => Set<OfficerConflict>();
    public DbSet<RandomDraw> RandomDraws => Set<RandomDraw>();
    public DbSet<Clue> Clues => Set<Clue>();
    public DbSet<Informant> Informants => Set<Informant>();
    public DbSet<ClueAttachment> ClueAttachments => Set<ClueAttachment>();
    public DbSet<InformantReveal> InformantReveals => Set<InformantReveal>();
    public DbSet<Domain.Cases.TransferThreshold> TransferThresholds => Set<Domain.Cases.TransferThreshold>();
    public DbSet<Domain.Cases.CaseDocument> CaseDocuments => Set<Domain.Cases.CaseDocument>();
    public DbSet<Domain.Cases.Exhibit> Exhibits => Set<Domain.Cases.Exhibit>();
    public DbSet<Domain.Cases.PoliceTransfer> PoliceTransfers => Set<Domain.Cases.PoliceTransfer>();
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();
    public DbSet<Domain.Reporting.ReportForm> ReportForms => Set<Domain.Reporting.ReportForm>();
    public DbSet<Domain.Reporting.ReportRound> ReportRounds => Set<Domain.Reporting.ReportRound>();
    public DbSet<Domain.Reporting.ReportSubmission> ReportSubmissions => Set<Domain.Reporting.ReportSubmission>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Infrastructure.Auth.Sessions.UserSession> UserSessions => Set<Infrastructure.Auth.Sessions.UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            // Keys are Guid v7 made by the entity itself; EF must treat an entity with a key as new when it finds one.
            builder.Entity(type.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StoredTextGuard.Check(this);
        Versioning.Bump(this);
        var cases = CaseNextDue.Touched(this);
        var renamed = CasePartyWords.Of(this);
        var contended = Versioning.Contended(this);
        if (cases.Count == 0 && renamed.Count == 0 && contended.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        Versioning.Claim(this, contended);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (cases.Count > 0) CaseNextDue.Refresh(this, cases);
        if (renamed.Count > 0) CasePartyWords.Write(this, renamed);
        own?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StoredTextGuard.Check(this);
        Versioning.Bump(this);
        var cases = CaseNextDue.Touched(this);
        var renamed = CasePartyWords.Of(this);
        var contended = Versioning.Contended(this);
        if (cases.Count == 0 && renamed.Count == 0 && contended.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The clocks and the case's nearest due instant (an entity and its cases' words) are stored together or not at all.
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await Versioning.ClaimAsync(this, contended, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (cases.Count > 0) await CaseNextDue.RefreshAsync(this, cases, cancellationToken);
        if (renamed.Count > 0) await CasePartyWords.WriteAsync(this, renamed, cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
        return saved;
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or order DateTimeOffset text; UTC ticks in an INTEGER sort and compare correctly.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The clue search text is already split into pairs; the 'simple' configuration makes each pair a lexeme.
        builder.Entity<Clue>().HasIndex(c => c.SearchText).HasMethod("GIN").IsTsVectorExpressionIndex("simple");
        builder.Entity<EnforcementCase>().HasIndex(c => c.SearchText).HasMethod("GIN").IsTsVectorExpressionIndex("simple");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // timestamptz takes only UTC offsets; an instant made in China time (+08:00) is the same instant in UTC.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcConverter>();
    }
}
