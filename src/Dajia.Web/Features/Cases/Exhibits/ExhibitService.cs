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
        return ServiceResult<ExhibitListDto>.Ok(ExhibitListDto.Of(rows, CaseDocsPermissions.Allowed(user, c)));
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
            if (!MayDispose(c.DecidedOn, c.Penalties, disposal!.Value)) throw new DomainException("Exhibit.NoConfiscation");
            var earliest = Later(c.OpenedOn, ChinaTime.DateOf(e.RecordedAt));
            if (NeedsConfiscation(disposal.Value)) earliest = Later(earliest, c.DecidedOn!.Value);
            if (on > ChinaTime.DateOf(time.GetUtcNow())) errors.Add(new("on", "Validation.Exhibit.FutureDate"));
            else if (on < earliest) errors.Add(new("on", "Validation.Exhibit.DisposedTooEarly", earliest.ToString("yyyy-MM-dd")));
            if (errors.Count == 0) e.Dispose(disposal.Value, on!.Value, input.Note, user.Signature);
            return errors;
        }, ct);

    /// <summary>
    /// 销毁 and 没收 carry out a decision that confiscates the goods (没收违法物品); before it, or under a decision without it,
    /// goods can only be returned (发还) or handed to the police.
    /// </summary>
    public static bool MayDispose(DateOnly? decidedOn, Penalties penalties, ExhibitDisposal disposal) =>
        !NeedsConfiscation(disposal) || (decidedOn is not null && penalties.HasFlag(Penalties.ConfiscateGoods));

    private static bool NeedsConfiscation(ExhibitDisposal d) => d is ExhibitDisposal.Destroyed or ExhibitDisposal.Confiscated;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private async Task<ServiceResult<Exhibit>> ChangeAsync(Guid caseId, Guid exhibitId, CaseDocsAction action, Expected expected,
        Func<EnforcementCase, Exhibit, List<FieldError>> change, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<Exhibit>.NotFound();
        var exhibit = await Of(caseId).FirstOrDefaultAsync(e => e.Id == exhibitId, ct);
        if (exhibit is null) return ServiceResult<Exhibit>.NotFound();
        if (!CaseDocsPermissions.May(user, c, action)) return Refused<Exhibit>(c);
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
