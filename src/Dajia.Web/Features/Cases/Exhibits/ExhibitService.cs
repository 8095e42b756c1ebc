using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases.Exhibits;

/// <summary>
/// 涉案物品 of a case: read and changed only through a case the user sees (<c>db.Visible&lt;EnforcementCase&gt;</c>);
/// each exhibit keeps its own version, so two officers listing goods at once do not block each other.
/// </summary>
public sealed class ExhibitService(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public Task<EnforcementCase?> CaseAsync(Guid caseId, CancellationToken ct) =>
        db.Visible<EnforcementCase>(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);

    // Exhibits carry no jurisdiction of their own: they are read only after their case was found in scope.
    private IQueryable<Exhibit> Of(Guid caseId) => db.Exhibits.Where(e => e.CaseId == caseId);

    public async Task<ServiceResult<ExhibitListDto>> ListAsync(Guid caseId, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<ExhibitListDto>.NotFound();
        var rows = await Of(caseId).AsNoTracking().OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToListAsync(ct);
        var cited = await CitedAsync(c, ct);
        var allowed = CaseDocsPermissions.Allowed(user, c).Where(a => cited is null || a is not ("addExhibit" or "editExhibit")).ToList();
        return ServiceResult<ExhibitListDto>.Ok(ExhibitListDto.Of(rows, allowed, cited));
    }

    public async Task<ServiceResult<Exhibit>> GetAsync(Guid caseId, Guid exhibitId, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is null) return ServiceResult<Exhibit>.NotFound();
        return await Of(caseId).AsNoTracking().FirstOrDefaultAsync(e => e.Id == exhibitId, ct) is { } e
            ? ServiceResult<Exhibit>.Ok(e) : ServiceResult<Exhibit>.NotFound();
    }

    public async Task<ServiceResult<Exhibit>> AddAsync(Guid caseId, ExhibitInput input, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<Exhibit>.NotFound();
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.AddExhibit)) return Refused<Exhibit>(c);
        if (await CitedAsync(c, ct) is { } cited) return ServiceResult<Exhibit>.Conflict("Exhibit.ListCited", cited);
        var (details, errors) = input.Parse();
        if (errors.Count > 0) return ServiceResult<Exhibit>.Invalid(errors);
        var exhibit = new Exhibit(caseId, details, time.GetUtcNow(), user.Signature);
        db.Add(exhibit);
        await db.SaveChangesAsync(ct);
        return ServiceResult<Exhibit>.Ok(exhibit);
    }

    public async Task<ServiceResult<Exhibit>> EditAsync(Guid caseId, Guid exhibitId, ExhibitInput input, Expected expected,
        CancellationToken ct) =>
        await ChangeAsync(caseId, exhibitId, CaseDocsAction.EditExhibit, expected, (_, e) =>
        {
            var (details, errors) = input.Parse();
            if (errors.Count == 0) e.Edit(details);
            return errors;
        }, ct);

    public async Task<ServiceResult<Exhibit>> DisposeAsync(Guid caseId, Guid exhibitId, DisposeInput input, Expected expected,
        CancellationToken ct) =>
        await ChangeAsync(caseId, exhibitId, CaseDocsAction.DisposeExhibit, expected, (c, e) =>
        {
            var errors = new List<FieldError>();
            var disposal = Input.Enum<ExhibitDisposal>(input.Disposal, "disposal", errors, required: true);
            var on = Input.Date(input.On, "on", errors, required: true);
            Input.Fits(input.Note, FieldLengths.Note, "note", errors);
            if (errors.Count > 0) return errors;
            if (e.IsDisposed) throw new DomainException("Exhibit.Disposed");
            if (disposal == ExhibitDisposal.HandedToPolice) throw new DomainException("Exhibit.PoliceOnlyByTransfer");
            if (!MayDispose(c.DecidedOn, c.Penalties, disposal!.Value))
                throw new DomainException(disposal == ExhibitDisposal.Returned ? "Exhibit.ReturnConfiscated" : "Exhibit.NoConfiscation");
            var earliest = Later(c.OpenedOn, ChinaTime.DateOf(e.RecordedAt));
            if (NeedsConfiscation(disposal.Value)) earliest = Later(earliest, c.DecidedOn!.Value);
            if (on > ChinaTime.DateOf(time.GetUtcNow())) errors.Add(new("on", "Validation.Exhibit.FutureDate"));
            else if (on < earliest) errors.Add(new("on", "Validation.Exhibit.DisposedTooEarly", earliest.ToString("yyyy-MM-dd")));
            if (errors.Count == 0) e.Dispose(disposal.Value, on!.Value, input.Note, user.Signature);
            return errors;
        }, ct);

    /// <summary>
    /// 销毁 and 没收 carry out a decision that confiscates the goods (没收违法物品); before it, or under a decision without it,
    /// goods can only be returned (发还). Under it they are never returned: the decision names the goods it takes (the cited
    /// list), and goods found not illegal are a correction of the decision, not a disposal. 移交公安 is never a disposal of
    /// its own: goods go to the police only with the transfer's hand-over-exhibits step, after the police opened a case.
    /// </summary>
    public static bool MayDispose(DateOnly? decidedOn, Penalties penalties, ExhibitDisposal disposal)
    {
        if (disposal == ExhibitDisposal.HandedToPolice) return false;
        var confiscates = decidedOn is not null && penalties.HasFlag(Penalties.ConfiscateGoods);
        return NeedsConfiscation(disposal) ? confiscates : !(confiscates && disposal == ExhibitDisposal.Returned);
    }

    /// <summary>
    /// The number of the goods list a decision cites (物字…号), or null: once the case is decided and its list numbered, the
    /// items are what the 决定书 names, so they are no longer added or corrected; only their disposal is still recorded.
    /// </summary>
    public async Task<string?> CitedAsync(EnforcementCase c, CancellationToken ct) => c.DecidedOn is null ? null
        : await db.CaseDocuments.Where(d => d.CaseId == c.Id && d.Kind == CaseDocumentKind.ExhibitList).Select(d => d.Number)
            .FirstOrDefaultAsync(ct);

    private static bool NeedsConfiscation(ExhibitDisposal d) => d is ExhibitDisposal.Destroyed or ExhibitDisposal.Confiscated;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private async Task<ServiceResult<Exhibit>> ChangeAsync(Guid caseId, Guid exhibitId, CaseDocsAction action, Expected expected,
        Func<EnforcementCase, Exhibit, List<FieldError>> change, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<Exhibit>.NotFound();
        var exhibit = await Of(caseId).FirstOrDefaultAsync(e => e.Id == exhibitId, ct);
        if (exhibit is null) return ServiceResult<Exhibit>.NotFound();
        if (!CaseDocsPermissions.May(user, c, action)) return Refused<Exhibit>(c);
        if (action == CaseDocsAction.EditExhibit && await CitedAsync(c, ct) is { } cited)
            return ServiceResult<Exhibit>.Conflict("Exhibit.ListCited", cited);
        if (expected.IsStale(exhibit.Version)) return ServiceResult<Exhibit>.Stale();
        try
        {
            var errors = change(c, exhibit);
            if (errors.Count > 0) return ServiceResult<Exhibit>.Invalid(errors);
        }
        catch (DomainException e)
        {
            return ServiceResult<Exhibit>.Conflict(e.MessageKey, e.Args);
        }
        return await db.TrySaveAsync(ct) ? ServiceResult<Exhibit>.Ok(exhibit) : ServiceResult<Exhibit>.Stale();
    }

    /// <summary>A keeper of the case who is refused only because the case is closed hears why (409); anyone else 403.</summary>
    private ServiceResult<T> Refused<T>(EnforcementCase c) =>
        !c.IsOpen && (user.IsOffice || user.IsLiaison && user.UnitId == c.HandlingUnitId)
            ? ServiceResult<T>.Conflict("Exhibit.CaseClosed")
            : ServiceResult<T>.Forbidden();
}
