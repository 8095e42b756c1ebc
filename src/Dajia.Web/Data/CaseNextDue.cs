using System.Linq.Expressions;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Data;

/// <summary>
/// Keeps <see cref="EnforcementCase.NextDueAt"/> in step with the case's clocks and its transfer's (移送公安, whose clocks
/// belong to the <see cref="PoliceTransfer"/>: a late transfer step is the case's lateness too). It runs inside SaveChanges
/// for every case or transfer clock that is added, changed or removed — a pause, a resume, an extension, a meet or an end, a calendar
/// recompute, a hand-over, the demo seeder or the generic deadline API — rather than in each step or in the deadline
/// effects, because any new path that changes a clock saves through the context too and so cannot forget it. The value
/// is written by one UPDATE from the stored clocks after they are saved, in the same transaction: it is derived, so it
/// neither bumps the case's version (an open case page keeps its ETag when only a clock moved) nor is audited.
/// </summary>
public static class CaseNextDue
{
    /// <summary>
    /// The cases and transfers whose clocks this save touches (their ids: Guid v7, never the same for two rows). Called
    /// after <see cref="Versioning.Bump"/>, so a clock whose pause alone changed is a changed clock too.
    /// </summary>
    public static List<Guid> Touched(DbContext db) => db.ChangeTracker.Entries<Deadline>()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Where(e => e.Entity.SubjectType is DeadlineSubjects.Case or DeadlineSubjects.PoliceTransfer)
        .Select(e => e.Entity.SubjectId).Distinct().ToList();

    /// <summary>Writes these cases' value from their stored clocks, and the same into the cases the context tracks.</summary>
    public static async Task RefreshAsync(AppDbContext db, List<Guid> ids, CancellationToken ct)
    {
        await WriteAsync(db, Of(db, ids), ct);
        if (!db.ChangeTracker.Entries<EnforcementCase>().Any()) return;
        Follow(db, await Of(db, ids).Select(c => new { c.Id, c.NextDueAt }).ToDictionaryAsync(c => c.Id, c => c.NextDueAt, ct));
    }

    public static void Refresh(AppDbContext db, List<Guid> ids)
    {
        Of(db, ids).ExecuteUpdate(s => s.SetProperty(c => c.NextDueAt, Nearest(db)));
        if (!db.ChangeTracker.Entries<EnforcementCase>().Any()) return;
        Follow(db, Of(db, ids).Select(c => new { c.Id, c.NextDueAt }).ToDictionary(c => c.Id, c => c.NextDueAt));
    }

    /// <summary>One UPDATE of these cases from their stored clocks (also the upgrade's, for every case at once).</summary>
    public static Task<int> WriteAsync(AppDbContext db, IQueryable<EnforcementCase> cases, CancellationToken ct) =>
        cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.NextDueAt, Nearest(db)), ct);

    /// <summary>The cases named, and the cases of the transfers named.</summary>
    private static IQueryable<EnforcementCase> Of(AppDbContext db, List<Guid> ids)
    {
        var transfers = db.Unscoped<PoliceTransfer>();
        return db.Unscoped<EnforcementCase>().Where(c => ids.Contains(c.Id) || transfers.Any(t => t.CaseId == c.Id && ids.Contains(t.Id)));
    }

    /// <summary>The row was written behind the context's back: the tracked case takes the stored value as unchanged.</summary>
    private static void Follow(AppDbContext db, Dictionary<Guid, DateTimeOffset?> stored)
    {
        // Listed first: setting a value changes the tracker's entries under an open enumeration.
        foreach (var e in db.ChangeTracker.Entries<EnforcementCase>().Where(e => stored.ContainsKey(e.Entity.Id)).ToList())
        {
            var p = e.Property(c => c.NextDueAt);
            p.CurrentValue = p.OriginalValue = stored[e.Entity.Id];
            p.IsModified = false;
        }
    }

    /// <summary>The overdue view's test for one clock: open and not paused (a paused clock keeps its old due date).</summary>
    private static Expression<Func<EnforcementCase, DateTimeOffset?>> Nearest(AppDbContext db)
    {
        var clocks = db.Unscoped<Deadline>();
        var transfers = db.Unscoped<PoliceTransfer>();
        // A party's period (陈述申辩期) is no duty of the office: its end is when the case may be decided, not a lateness.
        return c => clocks.Where(d => ((d.SubjectType == DeadlineSubjects.Case && d.SubjectId == c.Id)
                || (d.SubjectType == DeadlineSubjects.PoliceTransfer && transfers.Any(t => t.Id == d.SubjectId && t.CaseId == c.Id)))
            && d.MetAt == null && d.EndedAt == null
            && !d.PartyPeriod && !d.Pauses.Any(p => p.To == null)).Min(d => (DateTimeOffset?)d.DueAt);
    }
}
