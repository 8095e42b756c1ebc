using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Deadlines;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Opening (立案) and editing cases. A case opened from a clue meets the clue's 立案 decision, starts the duty to tell a
/// real-name informant (office's), and marks the clue with the case's number; the case itself keeps only the clue's facts.
/// </summary>
public sealed class CaseService(
    AppDbContext db, CurrentUser user, TimeProvider time, CaseForm form, CaseOrigins origins, CaseViews views, DeadlineEffects effects,
    Transfer.TransferThresholdService thresholds, Documents.DocumentNumberer numberer)
{
    public IQueryable<EnforcementCase> Visible() => db.Visible<EnforcementCase>(user);

    public async Task<CaseDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await LoadAsync(id, ct) is { } c ? await views.DtoAsync(c, ct) : null;

    public Task<EnforcementCase?> LoadAsync(Guid id, CancellationToken ct) =>
        Visible().Include(c => c.Events).Include(c => c.Officers).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<ServiceResult<CaseDto>> OpenAsync(CaseInput input, CancellationToken ct = default) => OpenAsync(input, [], ct);

    /// <param name="unread">What the caller could not read (the page's numbers): refused together with everything else.</param>
    public async Task<ServiceResult<CaseDto>> OpenAsync(CaseInput input, IReadOnlyList<FieldError> unread, CancellationToken ct = default)
    {
        if (!user.IsOffice && !user.IsLiaison) return ServiceResult<CaseDto>.Forbidden();
        var errors = new List<FieldError>(unread);
        var start = await origins.ResolveAsync(input, errors, ct);
        if (start.Outcome != Outcome.Ok) return start.As<CaseDto>();
        var (details, party, town) = await form.ReadAsync(input, start.Value!, null, errors, ct);
        if (details.HandlingUnitId != Guid.Empty && !CasePermissions.MayOpen(user, details.HandlingUnitId))
            return ServiceResult<CaseDto>.Forbidden();
        if (errors.Count > 0) return ServiceResult<CaseDto>.Invalid(errors);
        var now = time.GetUtcNow();
        var number = await NextNumberAsync(town, ChinaTime.DateOf(now).Year, ct);
        var c = new EnforcementCase(town, number, details, party, start.Value!.Origin, now, user.Signature);
        c.NoteStandardReached((await VerdictAsync(details.ViolationType, details.CaseValue, details.GoodsValue, c.OpenedOn, ct)).Crossed,
            now);
        db.Add(c);
        try
        {
            await effects.ApplyAsync(DeadlineEvent.CaseOpened, new(DeadlineSubjects.Case, c.Id, town, c.HandlingUnitId), ct);
            if (start.Value.Clue is { } clue)
            {
                clue.OpenedCase(number, now, user.Signature);
                await effects.ApplyAsync(DeadlineEvent.CaseOpenedFromClue, new(DeadlineSubjects.Clue, clue.Id, clue.JurisdictionId,
                    clue.AssignedUnitId, clue.InformantId is not null), ct);
            }
        }
        catch (DomainException e)
        {
            return ServiceResult<CaseDto>.Conflict(e.MessageKey, e.Args);
        }
        // A lost race (the clue opened by someone else meanwhile) fails on the clue's version or the one-case-per-clue index.
        if (!await db.TrySaveAsync(ct)) return ServiceResult<CaseDto>.Stale();
        // 立案 is the move the 立案审批表 records: numbered with it, so no case is decided or closed with it unnumbered.
        await numberer.IssueAsync(c, CaseDocumentKind.CaseApproval, user.Signature, ct);
        return ServiceResult<CaseDto>.Ok(await views.DtoAsync(c, ct));
    }

    public async Task<ServiceResult<CaseDto>> EditAsync(Guid id, CaseInput input, Expected expected, CancellationToken ct = default)
    {
        var c = await LoadAsync(id, ct);
        if (c is null) return ServiceResult<CaseDto>.NotFound();
        if (!CasePermissions.RoleMay(user, c, CaseMove.Edit)) return ServiceResult<CaseDto>.Forbidden();
        if (expected.IsStale(c.Version)) return ServiceResult<CaseDto>.Stale();
        if (!c.CanMove(CaseMove.Edit)) return ServiceResult<CaseDto>.Conflict("Case.IllegalMove.Edit");
        var errors = new List<FieldError>();
        var (details, party, _) = await form.ReadAsync(input with { ClueId = null, InspectionId = null }, CaseStart.Direct, c, errors, ct);
        // A liaison cannot hand their case to another unit; the office can.
        if (!CasePermissions.MayOpen(user, details.HandlingUnitId) && errors.Count == 0) return ServiceResult<CaseDto>.Forbidden();
        var before = await VerdictAsync(c.ViolationType, c.CaseValue, c.GoodsValue, c.OpenedOn, ct);
        var after = await VerdictAsync(details.ViolationType, details.CaseValue, details.GoodsValue, c.OpenedOn, ct);
        // Lowering the figures (or the type) of a case a standard flags is where 以罚代刑 would start: said and reasoned.
        var below = before.MustTransfer && !after.MustTransfer;
        if (below && input.AdjustmentReason?.Trim() is not { Length: > 0 and <= FieldLengths.Note })
            errors.Add(new("adjustmentReason", "Validation.Case.AdjustmentReason", FieldLengths.Note));
        else if (below) Input.Prose(input.AdjustmentReason, FieldLengths.Note, "adjustmentReason", errors);
        if (errors.Count > 0) return ServiceResult<CaseDto>.Invalid(errors);
        var unitChanged = details.HandlingUnitId != c.HandlingUnitId;
        var now = time.GetUtcNow();
        c.NoteStandardReached(before.Crossed, now);
        if (below) c.EditBelowStandard(details, party, input.AdjustmentReason, v => EnumLabels.Chinese(v), now, user.Signature);
        else c.Edit(details, party, now, user.Signature);
        c.NoteStandardReached(after.Crossed, now);
        if (unitChanged)
            await effects.ApplyAsync(DeadlineEvent.CaseHandedOver,
                new(DeadlineSubjects.Case, c.Id, c.JurisdictionId, c.HandlingUnitId), ct);
        return await db.TrySaveAsync(ct) ? ServiceResult<CaseDto>.Ok(await views.DtoAsync(c, ct)) : ServiceResult<CaseDto>.Stale();
    }

    private Task<TransferVerdict> VerdictAsync(ViolationType type, decimal sales, decimal goods, DateOnly on, CancellationToken ct) =>
        thresholds.EvaluateAsync(TransferThreshold.OffenceOf(type), sales, goods, on, ct);

    /// <summary>AJ-2017-0007: the jurisdiction's counter for the year, one atomic step (two cases at once never share one).</summary>
    private async Task<string> NextNumberAsync(Guid jurisdictionId, int year, CancellationToken ct) =>
        $"AJ-{year}-{await Counters.NextAsync(db, CaseNumbers.Key(jurisdictionId, year), ct):0000}";
}

public static partial class CaseNumbers
{
    public static string Key(Guid jurisdictionId, int year) => $"case:{jurisdictionId:N}:{year}";

    /// <summary>A whole number (AJ-2017-0007) is looked up by its index; a part of one is searched for.</summary>
    public static bool IsWhole(string text) => Whole().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^AJ-\d{4}-\d{4,}$")]
    private static partial System.Text.RegularExpressions.Regex Whole();
}
