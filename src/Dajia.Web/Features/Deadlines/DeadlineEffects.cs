using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Deadlines;

/// <summary>
/// What happened, to which subject: the facts <see cref="DeadlineEvents.Table"/> needs. <paramref name="UnitId"/> is the
/// unit the event concerns (the unit a clue went to, the unit that submitted); <paramref name="RequestedBy"/> and
/// <paramref name="Note"/> carry an extension's request (or a pause's reason). <paramref name="At"/> is when the event
/// happened when that was not now (a pause from the day samples went to the lab, a fine paid last week): pauses, resumes
/// and meets take its day. <paramref name="CollectiveDays"/> makes an extension a collective decision of that many days.
/// </summary>
public sealed record DeadlineSubject(
    string SubjectType, Guid SubjectId, Guid JurisdictionId, Guid? UnitId = null, bool HasInformant = false,
    string? RequestedBy = null, string? Note = null, DateTimeOffset? At = null, int? CollectiveDays = null);

/// <summary>
/// Applies the event table inside the caller's unit of work: deadlines are started, met, handed over or ended on the
/// context and stored by the caller's one SaveChanges, with the subject's own change. A refusal (a deadline that may
/// no longer change) is a <see cref="DomainException"/> before anything is saved.
/// </summary>
public sealed class DeadlineEffects(AppDbContext db, DeadlineService deadlines, CalendarStore calendars, TimeProvider time)
{
    public async Task ApplyAsync(DeadlineEvent e, DeadlineSubject s, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        foreach (var r in DeadlineEvents.Table[e])
        {
            if (r.When == DeadlineCondition.HasInformant && !s.HasInformant) continue;
            var unit = r.OfficeDuty ? null : s.UnitId;
            switch (r.Effect)
            {
                case DeadlineEffect.StartOnce:
                    await StartOnceAsync(r.RuleCode!, s, unit, now, ct);
                    break;
                case DeadlineEffect.Restart:
                    var start = r.FromEventDay ? s.At ?? now : now;
                    if (await deadlines.RuleInForceAsync(r.RuleCode!, ChinaTime.DateOf(start), ct) is not null)
                        await deadlines.AttachAsync(s.SubjectType, s.SubjectId, s.JurisdictionId, r.RuleCode!, start, ct, unit);
                    break;
                case DeadlineEffect.Meet:
                    foreach (var d in await OpenAsync(r, s, ct)) d.Meet(s.At ?? now, deadlines.By);
                    break;
                case DeadlineEffect.End:
                    foreach (var d in await OpenAsync(r, s, ct)) d.End(now, deadlines.By, e.ToString());
                    break;
                case DeadlineEffect.HandOver:
                    foreach (var d in await OpenAsync(r, s, ct)) d.HandTo(unit);
                    break;
                case DeadlineEffect.Pause:
                    foreach (var d in await OpenAsync(r, s, ct))
                        d.Pause(ChinaTime.DateOf(s.At ?? now), s.Note ?? e.ToString(), now, await calendars.GetAsync(ct), deadlines.By);
                    break;
                case DeadlineEffect.Resume:
                    foreach (var d in await OpenAsync(r, s, ct))
                        d.Resume(ChinaTime.DateOf(s.At ?? now), now, await calendars.GetAsync(ct), deadlines.By);
                    break;
                case DeadlineEffect.Extend:
                    var open = await OpenAsync(r, s, ct);
                    if (open.Count == 0) throw new DomainException("Deadline.NoneToExtend");
                    foreach (var d in open)
                        d.Extend(s.RequestedBy ?? deadlines.By, deadlines.By, s.Note ?? "", collective: s.CollectiveDays is not null,
                            amount: s.CollectiveDays, now, await calendars.GetAsync(ct));
                    break;
            }
        }
    }

    /// <summary>A duty with no rule in force on the day (telling informants before 2020) simply has no deadline.</summary>
    private async Task StartOnceAsync(string rule, DeadlineSubject s, Guid? unit, DateTimeOffset now, CancellationToken ct)
    {
        if (await Of(s).AnyAsync(d => d.RuleCode == rule, ct)) return;
        if (db.ChangeTracker.Entries<Deadline>().Any(x => x.Entity.SubjectId == s.SubjectId && x.Entity.RuleCode == rule)) return;
        if (await deadlines.RuleInForceAsync(rule, ChinaTime.DateOf(now), ct) is null) return;
        await deadlines.AttachAsync(s.SubjectType, s.SubjectId, s.JurisdictionId, rule, now, ct, unit);
    }

    private async Task<List<Deadline>> OpenAsync(DeadlineReaction r, DeadlineSubject s, CancellationToken ct)
    {
        var q = Of(s).Where(d => d.MetAt == null && d.EndedAt == null);
        if (r.RuleCode is { } code) q = q.Where(d => d.RuleCode == code);
        if (r.UnitOnly) q = q.Where(d => d.ResponsibleUnitId == s.UnitId);
        var found = await q.Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().ToListAsync(ct);
        // One event may meet a clock and then end the rest (closing a clue): the one met in this unit of work is not open.
        return found.Where(d => d.IsOpen).ToList();
    }

    // The caller found the subject in scope; its deadlines go with it, whoever answers for each (a liaison's verification
    // starts the office's duty to tell the informant, which the liaison does not see).
    private IQueryable<Deadline> Of(DeadlineSubject s) =>
        db.Unscoped<Deadline>().Where(d => d.SubjectType == s.SubjectType && d.SubjectId == s.SubjectId);
}
