using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// The staff view of a case found in scope: names looked up once, every clock of the case with its days left and
/// pauses, the source's photos. The party is masked; the clue is named by its number, never by who reported it.
/// </summary>
public sealed class CaseViews(AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars)
{
    public IQueryable<Deadline> CaseDeadlines => db.Visible<Deadline>(user).Where(d => d.SubjectType == DeadlineSubjects.Case);

    public async Task<CaseDto> DtoAsync(EnforcementCase c, CancellationToken ct)
    {
        var clocks = await ClocksAsync(c.Id, ct);
        var unit = await db.VisibleUnits(user).Where(u => u.Id == c.HandlingUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var officerIds = c.Officers.Select(o => o.OfficerId).ToList();
        var officers = await db.Visible<Officer>(user).Where(o => officerIds.Contains(o.Id))
            .Select(o => new CaseOfficerDto(o.Id, o.Name, o.CertificateNumber)).ToListAsync(ct);
        var entity = c.MarketEntityId is { } e
            ? await db.Visible<MarketEntity>(user).Where(m => m.Id == e).Select(m => new { m.Name, m.CreditCode }).FirstOrDefaultAsync(ct)
            : null;
        var area = c.KeyAreaId is { } k ? await db.Visible<KeyArea>(user).Where(a => a.Id == k).Select(a => a.Name).FirstOrDefaultAsync(ct)
            : null;
        // The case is in scope, so is naming its source; the clue's informant is never read here.
        var clueNumber = c.ClueId is { } ci
            ? await db.Unscoped<Clue>().Where(x => x.Id == ci).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var operationNumber = c.OperationId is { } oi
            ? await db.Visible<Operation>(user).Where(x => x.Id == oi).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var late = clocks.Any(x => x.RuleCode == RuleCodes.CaseDecision && x.MetAt is null && x.State == DeadlineState.Overdue);
        // Neither an extension nor a pause on a late clock: the page offers them only when they can succeed.
        var extendable = !late && clocks.Any(x => x.RuleCode == RuleCodes.CaseDecision && x.MetAt is null);
        var policeTook = await PoliceTookAsync(c.Id, ct);
        // A pause counts from the day after 立案.
        var pausable = ChinaTime.Today(time) > c.OpenedOn && !late;
        var notice = Notice(c, clocks);
        return new CaseDto(c.Id, c.Number, c.Title, c.HandlingUnitId, unit,
            officerIds.Select(id => officers.FirstOrDefault(o => o.Id == id)).OfType<CaseOfficerDto>().ToList(),
            c.Source, c.ClueId, clueNumber, c.OperationId, operationNumber, c.InspectionId, c.PartyKind, c.MarketEntityId,
            c.PartyKind == PartyKind.Individual ? c.PartyNameMasked : entity?.Name, entity?.CreditCode, c.PartyIdNumberMasked,
            c.ViolationType, c.KeyAreaId, area, c.Facts, c.LegalBasis, c.CaseValue, c.GoodsValue, c.DensDestroyed, c.PersonsDetained,
            c.Status, c.OpenedOn, c.ClosedOn, c.PauseKind, c.PausedFrom, c.DecidedOn, c.Penalties, c.FineAmount, c.ConfiscatedGains,
            c.DecisionSummary, c.PaidOn, c.LateFee, c.PublishedOn, clocks,
            c.Events.OrderBy(x => x.Sequence).Select(x => new CaseEventDto(x.Sequence, x.Kind, x.At, x.By, x.Note)).ToList(),
            await PhotosAsync(c, ct), c.Version, CasePermissions.Allowed(user, c, extendable, policeTook, pausable,
                c.Status != CaseStatus.Decided || await GoodsHeldAsync(c.Id, ct) == 0, notice.NextSteps.Contains("decide")), Mark(c),
            notice);
    }

    /// <summary>How many of the case's goods are not yet disposed of (销毁, 没收, 退还, 移交).</summary>
    public Task<int> GoodsHeldAsync(Guid caseId, CancellationToken ct) =>
        db.Exhibits.CountAsync(e => e.CaseId == caseId && e.Disposal == null, ct);

    /// <summary>Whether the police opened a case (立案) on the case's transfer to them.</summary>
    public Task<bool> PoliceTookAsync(Guid caseId, CancellationToken ct) =>
        db.Visible<PoliceTransfer>(user).AnyAsync(t => t.CaseId == caseId && CasePermissions.PoliceTook.Contains(t.Status), ct);

    /// <summary>The last day of the party's 陈述申辩期 after the latest notice; null when none runs or ran.</summary>
    public Task<DateOnly?> StatementDueAsync(Guid caseId, CancellationToken ct) =>
        CaseDeadlines.Where(d => d.SubjectId == caseId && d.RuleCode == RuleCodes.CaseStatement && d.EndedAt == null)
            .OrderByDescending(d => d.StartedAt).Select(d => (DateOnly?)d.DueOn).FirstOrDefaultAsync(ct);

    /// <summary>Whether the decision clock is open, running and past due now (the overdue view's test).</summary>
    public Task<bool> DecisionOverdueAsync(Guid caseId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return CaseDeadlines.AnyAsync(d => d.SubjectId == caseId && d.RuleCode == RuleCodes.CaseDecision && d.MetAt == null
            && d.EndedAt == null && d.DueAt < now && !d.Pauses.Any(p => p.To == null), ct);
    }

    public Task<List<CaseClockDto>> ClocksAsync(Guid caseId, CancellationToken ct) =>
        ClocksOfAsync(CaseDeadlines.Where(d => d.SubjectId == caseId), ct);

    /// <summary>The clocks of the case's transfer (移送公安), as the case's own are read.</summary>
    public Task<List<CaseClockDto>> TransferClocksAsync(Guid caseId, CancellationToken ct)
    {
        var transfers = db.Visible<PoliceTransfer>(user).Where(t => t.CaseId == caseId).Select(t => t.Id);
        return ClocksOfAsync(db.Visible<Deadline>(user)
            .Where(d => d.SubjectType == DeadlineSubjects.PoliceTransfer && transfers.Contains(d.SubjectId)), ct);
    }

    private async Task<List<CaseClockDto>> ClocksOfAsync(IQueryable<Deadline> clocks, CancellationToken ct)
    {
        var list = await clocks.Include(d => d.Pauses).Include(d => d.Extensions).AsSplitQuery().ToListAsync(ct);
        var ruleIds = list.Select(d => d.RuleId).Distinct().ToList();
        var names = await db.DeadlineRules.Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        return list.OrderBy(d => d.StartedAt).ThenBy(d => d.RuleCode).Select(d => new CaseClockDto(d.Id, d.RuleCode,
            names.GetValueOrDefault(d.RuleId, d.RuleCode), d.StartedOn, d.DueOn, d.StateAt(now, calendar),
            d.IsOpen ? d.DueOn.DayNumber - today.DayNumber : null, d.IsPaused,
            d.Pauses.Sum(p => p.DaysBy(today)), d.Extensions.Sum(x => x.Amount),
            d.MetAt, d.Version)).ToList();
    }

    /// <summary>The source's photos, where the caller may open them (a clue's only for those who see the clue).</summary>
    private async Task<List<string>> PhotosAsync(EnforcementCase c, CancellationToken ct)
    {
        if (c.ClueId is { } clueId && await db.Visible<Clue>(user).AnyAsync(x => x.Id == clueId, ct))
            return (await db.ClueAttachments.Where(a => a.ClueId == clueId).Select(a => a.Id).ToListAsync(ct))
                .Select(p => $"/api/clues/{clueId}/photos/{p}").ToList();
        if (c.OperationId is { } opId && await db.Visible<Operation>(user).AnyAsync(x => x.Id == opId, ct))
            return (await db.Visible<Operation>(user).Where(o => o.Id == opId).SelectMany(o => o.Photos).Select(p => p.Id).ToListAsync(ct))
                .Select(p => $"/api/operations/{opId}/photos/{p}").ToList();
        return [];
    }

    private CaseNoticeDto Notice(EnforcementCase c, List<CaseClockDto> clocks)
    {
        var due = clocks.LastOrDefault(x => x.RuleCode == RuleCodes.CaseStatement && x.State != DeadlineState.Ended)?.DueOn;
        var over = due < ChinaTime.Today(time);
        string[] next = c.Status is not (CaseStatus.Investigating or CaseStatus.Paused) ? []
            : !c.Notified ? ["notify"]
            : over || (c.StatementKind is not null && !c.HearingStillOpen) ? ["decide"]
            : c.StatementKind is null ? ["statement"] : [];
        var all = c.Notices.OrderBy(x => x.Ordinal).Select(NoticeRecordDto.From).ToList();
        return c.Notice is not { } n ? new(null, null, null, false, null, null, null, null, null, null, due, over, next, Notices: all)
            : new(n.ServedOn, n.Penalties, n.Fine, n.HearingRight, n.Text, n.StatementKind, n.StatementReceivedOn, n.StatementText,
                n.StatementAdopted, n.StatementReason, due, over, next, n.Ordinal, n.Number, all, n.HearingRequested);
    }

    private static CaseStandardMarkDto? Mark(EnforcementCase c) => c.StandardReachedAt is { } at
        ? new(at, c.StandardReachedCode!, Data.Cases.TransferThresholdSeed.Thresholds().FirstOrDefault(t => t.Code == c.StandardReachedCode)
            ?.Name, c.StandardReachedCaseValue ?? 0, c.StandardReachedGoodsValue ?? 0)
        : null;
}
