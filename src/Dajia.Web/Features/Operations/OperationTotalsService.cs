using Dajia.Web.Domain.Operations;

namespace Dajia.Web.Features.Operations;

/// <summary>
/// Totals for a period, the raw material of the quarterly report: actions by kind, 人次, 台次, 户次 and results.
/// Per unit, an action counts as led or joined; its people, vehicles and inspections count for the lead unit.
/// </summary>
public sealed class OperationTotalsService(OperationService operations, Data.AppDbContext db, Infrastructure.Auth.CurrentUser user)
{
    public async Task<PeriodTotalsDto> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var list = await operations.Visible()
            .Where(o => o.StartsAt >= ChinaTime.StartOf(from) && o.StartsAt < ChinaTime.StartOf(to.AddDays(1))).ToListAsync(ct);
        var inspections = list.SelectMany(o => o.Inspections).ToList();
        var unitIds = list.SelectMany(o => o.Units.Where(u => u.Status == ParticipationStatus.Confirmed).Select(u => u.UnitId))
            .Distinct().ToList();
        var names = await db.VisibleUnits(user).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var units = unitIds.Select(id =>
        {
            var took = list.Where(o => o.Units.Any(u => u.UnitId == id && u.Status == ParticipationStatus.Confirmed)).ToList();
            var led = list.Where(o => o.LeadUnitId == id).ToList();
            var ledInspections = led.SelectMany(o => o.Inspections).ToList();
            return new UnitTotalsDto(id, names.GetValueOrDefault(id, ""), took.Count, led.Sum(o => o.Personnel), led.Sum(o => o.Vehicles),
                ledInspections.Count, ledInspections.Count(i => i.Result != InspectionResult.NoProblem), led.Count,
                took.Count(o => o.LeadUnitId != id));
        }).OrderByDescending(u => u.Operations).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        return new PeriodTotalsDto(from, to, list.Count, list.Sum(o => o.Personnel), list.Sum(o => o.Vehicles), inspections.Count,
            Enum.GetValues<OperationKind>().ToDictionary(k => k, k => list.Count(o => o.Kind == k)),
            Enum.GetValues<InspectionResult>().ToDictionary(r => r, r => inspections.Count(i => i.Result == r)), units);
    }

    /// <summary>The day of the latest action up to <paramref name="today"/> that the user may see, or null when there is none.</summary>
    public async Task<DateOnly?> LatestActionOnAsync(DateOnly today, CancellationToken ct = default)
    {
        var end = ChinaTime.StartOf(today.AddDays(1));
        var at = await operations.Visible().Where(o => o.StartsAt < end).OrderByDescending(o => o.StartsAt)
            .Select(o => (DateTimeOffset?)o.StartsAt).FirstOrDefaultAsync(ct);
        return at is { } x ? ChinaTime.DateOf(x) : null;
    }
}
