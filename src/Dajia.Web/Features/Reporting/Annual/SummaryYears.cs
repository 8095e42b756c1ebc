using Dajia.Web.Data;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Operations;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>The years a town summary's 上年 / 下年 links lead to: the nearest year on each side that has something to sum up.</summary>
public sealed record SummaryNeighbours(int? Previous, int? Next);

/// <summary>
/// Which years have something to sum up, read through the caller's scope: a plan of the town for the year, or an operation
/// started, a clue received, a case opened or closed in it. The links skip the years between (2018–2025 in the demo) rather
/// than lead year after year into pages of zeros; the next year stops at this year, the last one a summary exists for.
/// </summary>
public sealed class SummaryYears(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<SummaryNeighbours> AroundAsync(int year, CancellationToken ct)
    {
        var today = ChinaTime.Today(time).Year;
        var plans = await db.Visible<Campaign>(user).Where(c => c.JurisdictionId == user.JurisdictionId)
            .Select(c => c.Year).Distinct().ToListAsync(ct);
        var before = plans.Where(y => y < year).Append(await LatestBeforeAsync(year, ct) ?? 0).Max();
        int? after = year >= today ? null
            : plans.Where(y => y > year && y <= today).Append(await EarliestAfterAsync(year, ct) ?? int.MaxValue).Min();
        return new(before >= TownSummaryService.MinYear ? before : null, after is { } a && a <= today ? a : null);
    }

    private async Task<int?> LatestBeforeAsync(int year, CancellationToken ct)
    {
        var (start, from) = (new DateOnly(year, 1, 1), ChinaTime.StartOf(new DateOnly(year, 1, 1)));
        var cases = db.Visible<EnforcementCase>(user);
        var at = new[]
        {
            await db.Visible<Operation>(user).Where(o => o.StartsAt < from).OrderByDescending(o => o.StartsAt)
                .Select(o => (DateTimeOffset?)o.StartsAt).FirstOrDefaultAsync(ct),
            await db.Visible<Clue>(user).Where(c => c.ReceivedAt < from).OrderByDescending(c => c.ReceivedAt)
                .Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefaultAsync(ct),
        }.Select(t => t is { } i ? ChinaTime.DateOf(i) : (DateOnly?)null);
        var on = new[]
        {
            await cases.Where(c => c.OpenedOn < start).OrderByDescending(c => c.OpenedOn).Select(c => (DateOnly?)c.OpenedOn)
                .FirstOrDefaultAsync(ct),
            await cases.Where(c => c.ClosedOn < start).OrderByDescending(c => c.ClosedOn).Select(c => c.ClosedOn).FirstOrDefaultAsync(ct),
        };
        return at.Concat(on).Max()?.Year;
    }

    private async Task<int?> EarliestAfterAsync(int year, CancellationToken ct)
    {
        var (end, to) = (new DateOnly(year, 12, 31), ChinaTime.StartOf(new DateOnly(year + 1, 1, 1)));
        var cases = db.Visible<EnforcementCase>(user);
        var at = new[]
        {
            await db.Visible<Operation>(user).Where(o => o.StartsAt >= to).OrderBy(o => o.StartsAt)
                .Select(o => (DateTimeOffset?)o.StartsAt).FirstOrDefaultAsync(ct),
            await db.Visible<Clue>(user).Where(c => c.ReceivedAt >= to).OrderBy(c => c.ReceivedAt)
                .Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefaultAsync(ct),
        }.Select(t => t is { } i ? ChinaTime.DateOf(i) : (DateOnly?)null);
        var on = new[]
        {
            await cases.Where(c => c.OpenedOn > end).OrderBy(c => c.OpenedOn).Select(c => (DateOnly?)c.OpenedOn).FirstOrDefaultAsync(ct),
            await cases.Where(c => c.ClosedOn > end).OrderBy(c => c.ClosedOn).Select(c => c.ClosedOn).FirstOrDefaultAsync(ct),
        };
        return at.Concat(on).Min()?.Year;
    }
}
