using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Reporting;

/// <summary>A unit's report in a round, as loaded for one request: the unit, the round, its submission and its duty.</summary>
public sealed record UnitReport(RoundRef Ref, Unit Unit, ReportSubmission? Submission, Deadline? Duty);

/// <summary>
/// A unit's report: read it (prefilled from the unit's records until it is saved), save the draft, submit it; the office
/// returns or accepts it. After the due date the report is locked unless the office lets the unit file late, or sent it
/// back; a closed round takes nothing.
/// </summary>
public sealed class ReportService(
    AppDbContext db, CurrentUser user, TimeProvider time, ReportRounds rounds, ReportPrefill prefill, ReportViews views)
{
    public async Task<ServiceResult<UnitReport>> LoadAsync(string form, string period, Guid unitId, CancellationToken ct,
        bool tracked = false)
    {
        if (await rounds.UnitAsync(unitId, ct) is not { } unit) return ServiceResult<UnitReport>.NotFound();
        var found = await rounds.FindAsync(form, period, unit.JurisdictionId, ct);
        if (found.Outcome != Outcome.Ok) return found.As<UnitReport>();
        var r = found.Value!;
        var s = r.Round is null ? null : await db.Visible<ReportSubmission>(user).Include(x => x.Snapshots)
            .FirstOrDefaultAsync(x => x.RoundId == r.Round.Id && x.UnitId == unitId, ct);
        var duty = (await rounds.DutiesAsync(r, unit.JurisdictionId, [unitId], ct, tracked)).GetValueOrDefault(unitId);
        return ServiceResult<UnitReport>.Ok(new UnitReport(r, unit, s, duty));
    }

    public async Task<ServiceResult<SubmissionDto>> GetAsync(string form, string period, Guid unitId, CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct);
        return loaded.Outcome == Outcome.Ok
            ? ServiceResult<SubmissionDto>.Ok(await views.DtoAsync(loaded.Value!, ct))
            : loaded.As<SubmissionDto>();
    }

    public async Task<ServiceResult<SubmissionDto>> SaveDraftAsync(string form, string period, Guid unitId, ReportDraftInput input,
        Expected expected, CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<SubmissionDto>();
        var (r, unit, s, duty) = loaded.Value!;
        if (Refusal(loaded.Value!, ReportAction.Edit) is { } refused) return refused;
        var errors = new List<FieldError>();
        var values = ReportInput.Parse(r.Version.Parsed, input, errors);
        if (expected.IsStale(ReportViews.VersionOf(s)))
        {
            // Say which figures the stored draft has otherwise than the one sent, so the second editor knows what to check.
            var changed = (s?.Current ?? ReportValues.Empty).ChangedFrom(values);
            return changed.Count == 0 ? ServiceResult<SubmissionDto>.Stale()
                : ServiceResult<SubmissionDto>.Conflict("Report.Stale", views.Labels(r.Version.Parsed, changed));
        }
        if (errors.Count > 0) return ServiceResult<SubmissionDto>.Invalid(errors);
        if (s is null)
        {
            var round = rounds.Open(r, unit.JurisdictionId);
            db.Add(new ReportSubmission(unit.JurisdictionId, round.Id, unit.Id, values));
        }
        else s.SaveDraft(values);
        return await SaveAndReadAsync(r, unitId, ct);
    }

    public async Task<ServiceResult<SubmissionDto>> SubmitAsync(string form, string period, Guid unitId, Expected expected,
        CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct, tracked: true);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<SubmissionDto>();
        var (r, unit, s, duty) = loaded.Value!;
        if (Refusal(loaded.Value!, ReportAction.Submit) is { } refused) return refused;
        if (s is null) return ServiceResult<SubmissionDto>.Conflict("Report.NoDraft");
        if (expected.IsStale(ReportViews.VersionOf(s))) return ServiceResult<SubmissionDto>.Stale();
        var quarters = r.Form.Frequency == ReportFrequency.Annual ? await views.QuartersAsync(unit, r.Period.Year, ct) : null;
        var errors = ReportInput.Check(r.Version.Parsed, s.Current, quarters);
        if (errors.Count > 0) return ServiceResult<SubmissionDto>.Invalid(errors);
        var now = time.GetUtcNow();
        var channel = Submitter.ChannelFor(user.IsLiaison && user.UnitId == unit.Id);
        s.Submit(now, user.AsSubmitter(), channel, await prefill.ValuesAsync(r.Version.Parsed, unit.Id, r.Period, ct));
        // The first submission meets the unit's duty; a resubmission after a return is the same duty, met already.
        if (duty is { IsOpen: true }) duty.Meet(now, user.Signature);
        return await SaveAndReadAsync(r, unitId, ct);
    }

    public Task<ServiceResult<SubmissionDto>> ReturnAsync(string form, string period, Guid unitId, ReturnInput input,
        Expected expected, CancellationToken ct)
    {
        var reason = input.Reason?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (reason.Length == 0) errors.Add(new("reason", "Report.ReturnReason"));
        else Input.Fits(reason, FieldLengths.Reason, "reason", errors);
        return ReviewAsync(form, period, unitId, ReportAction.Return, expected, errors,
            s => s.Return(reason, time.GetUtcNow(), user.Signature), ct);
    }

    public Task<ServiceResult<SubmissionDto>> AcceptAsync(string form, string period, Guid unitId, Expected expected,
        CancellationToken ct) =>
        ReviewAsync(form, period, unitId, ReportAction.Accept, expected, [], s => s.Accept(time.GetUtcNow(), user.Signature), ct);

    /// <summary>The office lets a unit file after the due date, up to a day it names (补报).</summary>
    public async Task<ServiceResult<SubmissionDto>> AllowLateAsync(string form, string period, Guid unitId, AllowLateInput input,
        CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<SubmissionDto>();
        var (r, unit, s, _) = loaded.Value!;
        if (!ReportPermissions.May(user, unitId, null, ReportAction.AllowLate)) return ServiceResult<SubmissionDto>.Forbidden();
        if (!ReportPermissions.May(user, unitId, s, ReportAction.AllowLate))
            return ServiceResult<SubmissionDto>.Conflict("Report.LateNotNeeded." + s!.State);
        if (input.Until is not { } until || until < ChinaTime.Today(time) || until > ChinaTime.Today(time).AddDays(366))
            return ServiceResult<SubmissionDto>.Invalid("until", "Report.LateUntil");
        if (ReportViews.ClosedRefusal(r.Round) is { } closed) return ServiceResult<SubmissionDto>.Conflict(closed.Key, closed.Args);
        if (s is null)
        {
            var round = rounds.Open(r, unit.JurisdictionId);
            var prefilled = await prefill.ValuesAsync(r.Version.Parsed, unit.Id, r.Period, ct);
            db.Add(s = new ReportSubmission(unit.JurisdictionId, round.Id, unit.Id, prefilled));
        }
        s.AllowLate(until, user.Signature);
        return await SaveAndReadAsync(r, unitId, ct);
    }

    private async Task<ServiceResult<SubmissionDto>> ReviewAsync(string form, string period, Guid unitId, ReportAction action,
        Expected expected, List<FieldError> errors, Action<ReportSubmission> apply, CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<SubmissionDto>();
        var s = loaded.Value!.Submission;
        if (!user.IsOffice) return ServiceResult<SubmissionDto>.Forbidden();
        if (ReportViews.ClosedRefusal(loaded.Value.Ref.Round) is { } closed)
            return ServiceResult<SubmissionDto>.Conflict(closed.Key, closed.Args);
        if (s is null) return ServiceResult<SubmissionDto>.Conflict("Report.NotSubmitted");
        if (!ReportPermissions.May(user, unitId, s, action))
            return ServiceResult<SubmissionDto>.Conflict("Report.NotReviewable." + s.State);
        if (expected.IsStale(ReportViews.VersionOf(s))) return ServiceResult<SubmissionDto>.Stale();
        if (errors.Count > 0) return ServiceResult<SubmissionDto>.Invalid(errors);
        apply(s);
        return await SaveAndReadAsync(loaded.Value.Ref, unitId, ct);
    }

    /// <summary>Who may not, or when not: 403 for a stranger, 409 with the reason for a report that is not open to change.</summary>
    private ServiceResult<SubmissionDto>? Refusal(UnitReport u, ReportAction action)
    {
        if (!user.IsOffice && !(user.IsLiaison && user.UnitId == u.Unit.Id)) return ServiceResult<SubmissionDto>.Forbidden();
        if (u.Submission is { Editable: false } s) return ServiceResult<SubmissionDto>.Conflict("Report.NotEditable." + s.State);
        if (ReportViews.LockReason(u, time.GetUtcNow()) is { } locked) return ServiceResult<SubmissionDto>.Conflict(locked);
        return ReportPermissions.May(user, u.Unit.Id, u.Submission, action) ? null : ServiceResult<SubmissionDto>.Forbidden();
    }

    /// <summary>
    /// Saves; a lost race (a version, or two first drafts of one report at once) is a 409 to reload. The round is checked
    /// again inside the write: the no-op update locks its row until the commit, so an office closing it at the same moment
    /// either waits for this save (and closes after it) or has closed it first, and then this save is refused.
    /// </summary>
    private async Task<ServiceResult<SubmissionDto>> SaveAndReadAsync(RoundRef r, Guid unitId, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (r.Round is { } round && await StillOpenAsync(round.Id, ct) == 0)
            {
                db.ChangeTracker.Clear();
                return ServiceResult<SubmissionDto>.Conflict("Report.Locked.Closed");
            }
            if (!await db.TrySaveAsync(ct)) return ServiceResult<SubmissionDto>.Stale();
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<SubmissionDto>.Stale();
        }
        db.ChangeTracker.Clear();
        return await GetAsync(r.Form.Code, r.Period.ToString(), unitId, ct);
    }

    private Task<int> StillOpenAsync(Guid roundId, CancellationToken ct) =>
        db.Visible<ReportRound>(user).Where(x => x.Id == roundId && x.ClosedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.ClosedAt, x => x.ClosedAt), ct);

    /// <summary>The records behind one prefilled number, so the liaison and the office can check it.</summary>
    public async Task<ServiceResult<ItemsDto<SourceRecordDto>>> SourcesAsync(string form, string period, Guid unitId, string indicator,
        CancellationToken ct)
    {
        var loaded = await LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<ItemsDto<SourceRecordDto>>();
        var r = loaded.Value!.Ref;
        if (r.Version.Parsed.Find(indicator) is not { Prefill: { } source } found)
            return ServiceResult<ItemsDto<SourceRecordDto>>.NotFound();
        var records = await prefill.RecordsAsync(source, unitId, r.Period, ct);
        // Each record in the form's unit, so the list adds up to the figure beside it (money: yuan → 万元).
        return ServiceResult<ItemsDto<SourceRecordDto>>.Ok(new(records.Select(x => new SourceRecordDto(x.Kind, x.Id, x.Number,
            x.Title, x.On, ReportPrefill.ValueOf(source, [x]), found.Unit)).ToList()));
    }
}
