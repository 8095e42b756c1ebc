using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>
/// Units × the form's periods of a year, built from each period's round matrix, so a cell, a rate and the round page
/// never disagree. A fixed number of queries per period (at most four periods), whatever the number of units.
/// </summary>
public sealed class YearMatrix(AppDbContext db, ReportMatrix matrix, IStringLocalizer<SharedResource> l)
{
    public async Task<ServiceResult<YearMatrixDto>> GetAsync(string form, string year, CancellationToken ct)
    {
        var f = await db.ReportForms.AsNoTracking().FirstOrDefaultAsync(x => x.Code == form, ct);
        if (f is null) return ServiceResult<YearMatrixDto>.NotFound();
        var errors = new List<FieldError>();
        if (Input.Int(year, "year", InputRules.MinYear, InputRules.MaxYear, errors) is not { } y)
            return ServiceResult<YearMatrixDto>.Invalid(errors.Count > 0 ? errors : [new("year", "Validation.Year")]);
        var periods = f.Frequency == ReportFrequency.Quarterly ? Enumerable.Range(1, 4).Select(q => $"{y}Q{q}").ToList() : [$"{y}"];
        var rounds = new List<MatrixDto>();
        foreach (var p in periods)
        {
            var r = await matrix.MatrixAsync(form, p, ct);
            if (r.Outcome != Outcome.Ok) return r.As<YearMatrixDto>();
            rounds.Add(r.Value!);
        }
        var heads = rounds.Select(r => new YearPeriodDto(r.Period, PeriodLabel(r.Period), r.Closed, r.ReportingRate, r.OnTimeRate))
            .ToList();
        var units = rounds[0].Units.Select(u =>
        {
            var cells = rounds.Select(r => r.Units.FirstOrDefault(x => x.UnitId == u.UnitId) is { } x
                ? new YearCellDto(r.Period, x.Status, x.StatusLabel, x.DueOn, x.Overdue, x.FirstSubmittedAt, x.Timeliness)
                : new YearCellDto(r.Period, ReportStatus.NotStarted, l["ReportStatus.NotStarted"], null, false, null)).ToList();
            return new YearUnitDto(u.UnitId, u.UnitName, cells, cells.Count(c => c.Timeliness == Timeliness.OnTime),
                cells.Count(c => c.Timeliness == Timeliness.Late), cells.Count(c => c.Timeliness == Timeliness.Missing));
        }).ToList();
        return ServiceResult<YearMatrixDto>.Ok(new YearMatrixDto(f.Code, f.Name, y, heads, units));
    }

    private string PeriodLabel(string period) =>
        Period.TryParse(period, out var p) && p.Quarter is { } q ? l["Report.Office.Quarter", q] : l["Report.Office.WholeYear"];
}
