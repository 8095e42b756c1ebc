using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Calendar;

/// <summary>Deadlines for every feature: attach one with one call, and keep them right when the calendar changes.</summary>
public sealed class DeadlineService(AppDbContext db, CalendarStore calendars, CurrentUser user, TimeProvider time)
{
    /// <summary>
    /// Starts a deadline for an item under the rule in force on the start day. It is added to the context; the
    /// caller's SaveChanges stores it together with the item, so the two never disagree.
    /// </summary>
    public async Task<Deadline> AttachAsync(string subjectType, Guid subjectId, Guid jurisdictionId, string ruleCode,
        DateTimeOffset startedAt, CancellationToken ct = default, Guid? responsibleUnitId = null)
    {
        var rule = await RuleInForceAsync(ruleCode, ChinaTime.DateOf(startedAt), ct)
            ?? throw new DomainException("Deadline.NoRule", ruleCode);
        var calendar = await calendars.GetAsync(ct);
        var deadline = Deadline.Start(subjectType, subjectId, jurisdictionId, rule, startedAt, calendar, By, responsibleUnitId);
        db.Add(deadline);
        return deadline;
    }

    public async Task<DeadlineRule?> RuleInForceAsync(string code, DateOnly on, CancellationToken ct = default) =>
        (await db.DeadlineRules.Where(r => r.Code == code).ToListAsync(ct)).FirstOrDefault(r => r.AppliesOn(on));

    public IQueryable<Deadline> Visible() => db.Visible<Deadline>(user)
        .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery();

    /// <summary>After a calendar edit: every open deadline gets its due date derived again; moves go into its history.</summary>
    public async Task<int> RecomputeOpenAsync(string reason, CancellationToken ct = default)
    {
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        // Every town's open deadlines, whoever edits: the calendar is national (only a root admin may edit it).
        var open = await db.Unscoped<Deadline>().Where(d => d.MetAt == null && d.EndedAt == null)
            .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().ToListAsync(ct);
        var moved = open.Count(d => d.Recompute(calendar, now, reason, By));
        await db.SaveChangesAsync(ct);
        return moved;
    }

    /// <summary>
    /// Pause, resume, extend or meet: the entity guards its own rules; a refusal is a 409 that changes nothing, and so
    /// is a deadline changed since <paramref name="expected"/> (or by a racing request: of three extensions sent at
    /// once against a limit of one, one is saved).
    /// </summary>
    public async Task<ServiceResult<DeadlineDto>> ChangeAsync(Guid id, Expected expected, IReadOnlyList<FieldError> errors,
        Action<Deadline, WorkCalendar, DateTimeOffset> change, CancellationToken ct = default)
    {
        var deadline = await Visible().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deadline is null) return ServiceResult<DeadlineDto>.NotFound();
        if (!DeadlinePermissions.RoleMay(user)) return ServiceResult<DeadlineDto>.Forbidden();
        if (errors.Count > 0) return ServiceResult<DeadlineDto>.Invalid(errors);
        if (expected.IsStale(deadline.Version)) return ServiceResult<DeadlineDto>.Stale();
        try
        {
            change(deadline, await calendars.GetAsync(ct), time.GetUtcNow());
        }
        catch (DomainException e)
        {
            return ServiceResult<DeadlineDto>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<DeadlineDto>.Stale();
        return ServiceResult<DeadlineDto>.Ok(await DtoAsync(deadline, ct));
    }

    public async Task<DeadlineDto> DtoAsync(Deadline d, CancellationToken ct = default) =>
        DeadlineDto.From(d, d.StateAt(time.GetUtcNow(), await calendars.GetAsync(ct)), DeadlinePermissions.Allowed(user, d));

    public string By => user.IsAuthenticated ? user.Signature : "system";
}
