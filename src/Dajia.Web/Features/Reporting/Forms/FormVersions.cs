using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>
/// A form's versions, and next year's: a new version is in force from its year on; a round already opened keeps the
/// version it opened with, and a year whose rounds have begun cannot get a new version (its units would file on two).
/// </summary>
public sealed class FormVersions(AppDbContext db, TimeProvider time)
{
    public async Task<ServiceResult<FormDto>> GetAsync(string code, CancellationToken ct)
    {
        var form = await db.ReportForms.Include(f => f.Versions).AsNoTracking().FirstOrDefaultAsync(f => f.Code == code, ct);
        return form is null ? ServiceResult<FormDto>.NotFound() : ServiceResult<FormDto>.Ok(ToDto(form));
    }

    public async Task<IReadOnlyList<FormDto>> ListAsync(CancellationToken ct) =>
        (await db.ReportForms.Include(f => f.Versions).OrderBy(f => f.Code).AsNoTracking().ToListAsync(ct)).Select(ToDto).ToList();

    public static FormDto ToDto(ReportForm f) => new(f.Code, f.Name, f.Frequency, f.Versions.OrderBy(v => v.EffectiveFromYear)
        .Select(v => new FormVersionDto(v.Number, v.EffectiveFromYear, v.Title, v.Basis, v.Parsed)).ToList());

    /// <summary>The version in force in a year as an input to edit: what next year's version starts from.</summary>
    public static FormVersionInput CopyOf(ReportFormVersion v, int fromYear)
    {
        var d = v.Parsed;
        return new(fromYear, v.Title, v.Basis, new DefinitionInput(
            d.Blocks.Select(b => new BlockInput(b.Code, b.Label, b.Indicators
                .Select(i => new IndicatorInput(i.Code, i.Label, i.Unit, i.Type.ToString(), i.Prefill)).ToList())).ToList(),
            d.Rules.Select(r => new RuleInput(r.Code, r.Kind.ToString(), r.Left, r.Right.ToList(), r.Basis)).ToList()));
    }

    public async Task<ServiceResult<FormVersionDto>> AddAsync(string code, FormVersionInput input, CancellationToken ct)
    {
        var form = await db.ReportForms.Include(f => f.Versions).FirstOrDefaultAsync(f => f.Code == code, ct);
        if (form is null) return ServiceResult<FormVersionDto>.NotFound();
        var errors = new List<FieldError>();
        var thisYear = ChinaTime.Today(time).Year;
        if (input.FromYear is not { } year || year < InputRules.MinYear || year > thisYear + 10)
            errors.Add(new("fromYear", "ReportForm.Year", thisYear + 10));
        else if (form.Versions.Any(v => v.EffectiveFromYear == year)) errors.Add(new("fromYear", "Report.VersionExists", year));
        else if (year <= thisYear && await OpenedFromAsync(form, year, ct) is { } opened)
            errors.Add(new("fromYear", "ReportForm.YearInUse", year, opened));
        var definition = FormVersionRules.Parse(form, input, errors);
        if (errors.Count > 0) return ServiceResult<FormVersionDto>.Invalid(errors);
        var v = form.AddVersion(input.FromYear!.Value, input.Title!.Trim(), input.Basis!.Trim(), definition!);
        try
        {
            if (!await db.TrySaveAsync(ct)) return ServiceResult<FormVersionDto>.Stale();
        }
        catch (DbUpdateException)
        {
            // Two admins adding the same year at once: the unique (form, year) index keeps one.
            db.ChangeTracker.Clear();
            return ServiceResult<FormVersionDto>.Stale();
        }
        return ServiceResult<FormVersionDto>.Ok(new(v.Number, v.EffectiveFromYear, v.Title, v.Basis, v.Parsed));
    }

    /// <summary>
    /// The first period already opened (in any town: the forms are shared) that a version from <paramref name="year"/>
    /// would cover, up to the next version's year; null when none is.
    /// </summary>
    private async Task<string?> OpenedFromAsync(ReportForm form, int year, CancellationToken ct)
    {
        var next = form.Versions.Where(v => v.EffectiveFromYear > year).Select(v => (int?)v.EffectiveFromYear).Min() ?? int.MaxValue;
        // Rounds of every town: the version is the same for all of them.
        var periods = await db.Unscoped<ReportRound>().Where(r => r.FormId == form.Id).Select(r => r.Period).ToListAsync(ct);
        return periods.Where(p => Period.TryParse(p, out var x) && x.Year >= year && x.Year < next).Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
