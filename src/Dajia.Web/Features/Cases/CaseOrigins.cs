using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Operations;

namespace Dajia.Web.Features.Cases;

/// <summary>What a case opened from a clue or an inspection starts with: its town, unit, entity, key area and facts.</summary>
public sealed record CaseStart(
    CaseOrigin Origin, Guid? JurisdictionId, Guid? UnitId, Guid? MarketEntityId, Guid? KeyAreaId, string? Facts, ViolationType? Type,
    Clue? Clue = null)
{
    public static readonly CaseStart Direct = new(CaseOrigin.Direct, null, null, null, null, null, null);
}

/// <summary>
/// Finds the clue or the inspection a case is opened from, in the caller's scope, and refuses one that cannot open a
/// case (not verified as true, or already opened). The clue's informant never comes along: only its facts.
/// </summary>
public sealed class CaseOrigins(AppDbContext db, CurrentUser user)
{
    public async Task<ServiceResult<CaseStart>> ResolveAsync(CaseInput input, List<FieldError> errors, CancellationToken ct)
    {
        if (input.ClueId is { } clueId) return await FromClueAsync(clueId, errors, ct);
        if (input.InspectionId is { } inspectionId) return await FromInspectionAsync(inspectionId, errors, ct);
        return ServiceResult<CaseStart>.Ok(CaseStart.Direct);
    }

    /// <summary>
    /// The new-case page's first look at its ?clueId= or ?inspectionId=: the message key of why it cannot open a case (unknown,
    /// not found true, already opened), or what it starts from.
    /// </summary>
    public async Task<(string? Refusal, CaseStart? Start)> PreviewAsync(Guid? clueId, Guid? inspectionId, CancellationToken ct)
    {
        if (clueId is null && inspectionId is null) return (null, null);
        var errors = new List<FieldError>();
        var r = await ResolveAsync(new CaseInput(ClueId: clueId, InspectionId: inspectionId), errors, ct);
        if (errors.Count > 0) return (errors[0].MessageKey, null);
        return r.Outcome == Outcome.Ok ? (null, r.Value) : (r.ConflictKey ?? "Validation.Case.Clue", null);
    }

    private async Task<ServiceResult<CaseStart>> FromClueAsync(Guid id, List<FieldError> errors, CancellationToken ct)
    {
        // With its events: the 立案 event the case adds to the clue's history takes the next number after them.
        var clue = await db.Visible<Clue>(user).Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clue is null)
        {
            errors.Add(new("clueId", "Validation.Case.Clue"));
            return ServiceResult<CaseStart>.Ok(CaseStart.Direct);
        }
        if (!clue.CanOpenCase) return ServiceResult<CaseStart>.Conflict("Case.ClueNotVerified");
        // A clue has one case whoever opened it (a liaison may not see the office's): the index says so, the answer says it first.
        if (await db.Unscoped<EnforcementCase>().AnyAsync(c => c.ClueId == id, ct))
            return ServiceResult<CaseStart>.Conflict("Case.ClueHasCase");
        // The informant's own words are not the facts found: the 决定书 served on the party and published prints the facts,
        // so the officer writes them (the page shows the clue's text beside the field, for reference only).
        return ServiceResult<CaseStart>.Ok(new(new CaseOrigin(CaseSource.Clue, ClueId: id), clue.JurisdictionId, clue.AssignedUnitId,
            clue.MarketEntityId, clue.KeyAreaId, null, TypeOf(clue.Category), clue));
    }

    private async Task<ServiceResult<CaseStart>> FromInspectionAsync(Guid id, List<FieldError> errors, CancellationToken ct)
    {
        var found = await db.Visible<Operation>(user).SelectMany(o => o.Inspections.Where(i => i.Id == id),
                (o, i) => new { o.Id, o.JurisdictionId, o.LeadUnitId, o.KeyAreaId, o.Findings, Inspection = i })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            errors.Add(new("inspectionId", "Validation.Case.Inspection"));
            return ServiceResult<CaseStart>.Ok(CaseStart.Direct);
        }
        if (found.Inspection.Result == InspectionResult.NoProblem) return ServiceResult<CaseStart>.Conflict("Case.InspectionNoProblem");
        if (await db.Unscoped<EnforcementCase>().AnyAsync(c => c.InspectionId == id, ct))
            return ServiceResult<CaseStart>.Conflict("Case.InspectionHasCase");
        var origin = new CaseOrigin(CaseSource.Operation, OperationId: found.Id, InspectionId: id);
        return ServiceResult<CaseStart>.Ok(new(origin, found.JurisdictionId, found.LeadUnitId, found.Inspection.MarketEntityId,
            found.KeyAreaId, found.Inspection.Notes ?? found.Findings, null));
    }

    /// <summary>The clue's category suggests the violation; the officer may say otherwise.</summary>
    private static ViolationType TypeOf(ClueCategory c) => c switch
    {
        ClueCategory.FakeBrand => ViolationType.SellingCounterfeitGoods,
        ClueCategory.Substandard => ViolationType.Substandard,
        ClueCategory.NoOrigin => ViolationType.NoOrigin,
        ClueCategory.FalseLabel => ViolationType.FalseLabel,
        _ => ViolationType.Other,
    };
}
