using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>The town, city or province a version is for.</summary>
public sealed record FormOwner(Guid Id, string Name, string Path);

/// <summary>
/// A form's versions, and next year's: a new version is in force from its year on; a round already opened keeps the
/// version it opened with, and a year whose rounds have begun cannot get a new version (its units would file on two).
/// </summary>
public sealed class FormVersions(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<ServiceResult<FormDto>> GetAsync(string code, CancellationToken ct)
    {
        var form = await db.ReportForms.Include(f => f.Versions).AsNoTracking().FirstOrDefaultAsync(f => f.Code == code, ct);
        return form is null ? ServiceResult<FormDto>.NotFound() : ServiceResult<FormDto>.Ok((await DtosAsync([form], ct))[0]);
    }

    public async Task<IReadOnlyList<FormDto>> ListAsync(CancellationToken ct) =>
        await DtosAsync(await db.ReportForms.Include(f => f.Versions).OrderBy(f => f.Code).AsNoTracking().ToListAsync(ct), ct);

    /// <summary>
    /// The versions the reader has to do with: the shared defaults, those of the places above and of the reader's own, and
    /// (for a city or province) those of the places under it. Another town's own version is not shown.
    /// </summary>
    private async Task<List<FormDto>> DtosAsync(List<ReportForm> forms, CancellationToken ct)
    {
        var above = FormOwners.FromPath(user.JurisdictionPath);
        var names = await db.VisibleJurisdictions(user).Select(j => new { j.Id, j.Name }).ToListAsync(ct);
        var all = names.Concat(await db.Jurisdictions.Where(j => above.Contains(j.Id)).Select(j => new { j.Id, j.Name })
            .ToListAsync(ct)).DistinctBy(j => j.Id).ToDictionary(j => j.Id, j => j.Name);
        var towns = await db.VisibleJurisdictions(user).Where(j => j.Level == JurisdictionLevel.Town).OrderBy(j => j.Name)
            .Select(j => new { j.Id, j.Name, j.Path }).ToListAsync(ct);
        var year = ChinaTime.Today(time).Year;
        return forms.Select(f => new FormDto(f.Code, f.Name, f.Frequency, f.Versions
            .Where(v => v.JurisdictionId is null || all.ContainsKey(v.JurisdictionId.Value))
            .OrderBy(v => v.EffectiveFromYear).ThenBy(v => v.Number)
            .Select(v => Dto(v, v.JurisdictionId is { } o ? all[o] : null)).ToList(),
            towns.SelectMany(t => new[] { year, year + 1 }.Select(y => (t, y, v: f.VersionFor(y, FormOwners.FromPath(t.Path)))))
                .Where(x => x.v is not null)
                .Select(x => new FormInUseDto(x.t.Id, x.t.Name, x.y, x.v!.Number, x.v.EffectiveFromYear, x.v.JurisdictionId,
                    x.v.JurisdictionId is { } o ? all.GetValueOrDefault(o) : null)).ToList())).ToList();
    }

    private static FormVersionDto Dto(ReportFormVersion v, string? owner) =>
        new(v.Number, v.EffectiveFromYear, v.Title, v.Basis, v.Parsed, v.JurisdictionId, owner);

    /// <summary>The version in force in a year as an input to edit: what next year's version starts from.</summary>
    public static FormVersionInput CopyOf(ReportFormVersion v, int fromYear)
    {
        var d = v.Parsed;
        return new(fromYear, v.Title, v.Basis, new DefinitionInput(
            d.Blocks.Select(b => new BlockInput(b.Code, b.Label, b.Indicators
                .Select(i => new IndicatorInput(i.Code, i.Label, i.Unit, i.Type.ToString(), i.Prefill)).ToList())).ToList(),
            d.Rules.Select(r => new RuleInput(r.Code, r.Kind.ToString(), r.Left, r.Right.ToList(), r.Basis)).ToList()));
    }

    /// <summary>The place whose version an admin makes: their own, or one under it; null when it is not theirs (404).</summary>
    public async Task<FormOwner?> OwnerAsync(Guid? asked, CancellationToken ct)
    {
        var id = asked ?? user.JurisdictionId;
        return await db.VisibleJurisdictions(user).Where(j => j.Id == id)
            .Select(j => new FormOwner(j.Id, j.Name, j.Path)).FirstOrDefaultAsync(ct);
    }

    public async Task<ServiceResult<FormVersionDto>> AddAsync(string code, FormVersionInput input, CancellationToken ct)
    {
        var form = await db.ReportForms.Include(f => f.Versions).FirstOrDefaultAsync(f => f.Code == code, ct);
        if (form is null) return ServiceResult<FormVersionDto>.NotFound();
        // An admin (the policy at the door) of the place that owns the version, or of one above it; another place's is a 404.
        if (await OwnerAsync(input.JurisdictionId, ct) is not { } owner) return ServiceResult<FormVersionDto>.NotFound();
        var errors = new List<FieldError>();
        var thisYear = ChinaTime.Today(time).Year;
        if (input.FromYear is not { } year || year < InputRules.MinYear || year > thisYear + 10)
            errors.Add(new("fromYear", "ReportForm.Year", thisYear + 10));
        else if (form.Versions.Any(v => v.JurisdictionId == owner.Id && v.EffectiveFromYear == year))
            errors.Add(new("fromYear", "Report.VersionExists", year));
        else if (year <= thisYear && await OpenedFromAsync(form, owner, year, ct) is { } opened)
            errors.Add(new("fromYear", "ReportForm.YearInUse", year, opened));
        var definition = FormVersionRules.Parse(form, input, errors);
        if (errors.Count > 0) return ServiceResult<FormVersionDto>.Invalid(errors);
        var v = form.AddVersion(input.FromYear!.Value, input.Title!.Trim(), input.Basis!.Trim(), definition!, owner.Id);
        try
        {
            if (!await db.TrySaveAsync(ct)) return ServiceResult<FormVersionDto>.Stale();
        }
        catch (DbUpdateException)
        {
            // Two admins adding the same year at once: the unique (form, owner, year) index keeps one.
            db.ChangeTracker.Clear();
            return ServiceResult<FormVersionDto>.Stale();
        }
        return ServiceResult<FormVersionDto>.Ok(Dto(v, owner.Name));
    }

    /// <summary>What an owner's next version starts from: the latest in force for it (its own, or inherited from above).</summary>
    public static ReportFormVersion? BaseFor(ReportForm form, FormOwner owner) =>
        form.VersionFor(int.MaxValue, FormOwners.FromPath(owner.Path));

    /// <summary>
    /// The first period already opened in a town under the owner that a version from <paramref name="year"/> would cover,
    /// up to the owner's next version; null when none is.
    /// </summary>
    private async Task<string?> OpenedFromAsync(ReportForm form, FormOwner owner, int year, CancellationToken ct)
    {
        var next = form.Versions.Where(v => v.JurisdictionId == owner.Id && v.EffectiveFromYear > year)
            .Select(v => (int?)v.EffectiveFromYear).Min() ?? int.MaxValue;
        var towns = db.JurisdictionSubtree(owner.Path).Select(j => j.Id);
        // Every town under the owner, whoever asks: the version would be theirs.
        var periods = await db.Unscoped<ReportRound>().Where(r => r.FormId == form.Id && towns.Contains(r.JurisdictionId))
            .Select(r => r.Period).ToListAsync(ct);
        return periods.Where(p => Period.TryParse(p, out var x) && x.Year >= year && x.Year < next).Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
