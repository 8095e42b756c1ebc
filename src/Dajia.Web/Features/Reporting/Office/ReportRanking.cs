using System.Globalization;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>
/// 通报: the units ranked for a period by the round's shared timeliness (<c>RoundTimeliness</c>, through the matrix): on time
/// first, then late, then not filed; within a group the earlier filing ranks higher, and on the same time fewer returns.
/// Units equal on all three share a rank (all units not filed share the last).
/// </summary>
public sealed class ReportRanking(ReportMatrix matrix, CalendarStore calendars, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<ServiceResult<RankingDto>> GetAsync(string form, string period, CancellationToken ct)
    {
        var found = await matrix.MatrixAsync(form, period, ct);
        if (found.Outcome != Outcome.Ok) return found.As<RankingDto>();
        var m = found.Value!;
        var calendar = await calendars.GetAsync(ct);
        var today = ChinaTime.Today(time);
        var ordered = m.Units.Select(u => (Unit: u, Group: RankGroups.Of(u.Timeliness), Returns: Returns(u)))
            .OrderBy(x => x.Group).ThenBy(x => x.Unit.FiledAt ?? DateTimeOffset.MaxValue).ThenBy(x => x.Returns).ToList();
        var rows = new List<RankingRowDto>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (u, group, returns) = ordered[i];
            var same = i > 0 && ordered[i - 1].Group == group && ordered[i - 1].Unit.FiledAt == u.FiledAt
                && ordered[i - 1].Returns == returns;
            var rank = same ? rows[i - 1].Rank : i + 1;
            var day = u.FiledAt is { } filed ? ChinaTime.DateOf(filed) : today;
            int? early = null, late = null;
            if (u.DueOn is { } due && WorkCalendar.InRange(day) && WorkCalendar.InRange(due))
            {
                if (group == RankGroup.OnTime) early = calendar.WorkingDaysBetween(day.AddDays(-1), due.AddDays(-1));
                else if (day > due) late = calendar.WorkingDaysBetween(due, day);
            }
            rows.Add(new RankingRowDto(rank, u.UnitId, u.UnitName, group, l["RankGroup." + group], u.Status, u.StatusLabel, u.DueOn,
                u.FirstSubmittedAt, early, late, returns));
        }
        return ServiceResult<RankingDto>.Ok(new RankingDto(m.Form, m.Period, m.Title, m.ReportingRate, m.OnTimeRate, rows,
            Notice(m, rows, today)));
    }

    /// <summary>Each return is followed by a resubmission, except the last one while the unit is still fixing its report.</summary>
    private static int Returns(MatrixRowDto u) =>
        u.Status == ReportStatus.Returned ? u.Submissions : Math.Max(u.Submissions - 1, 0);

    private string Notice(MatrixDto m, List<RankingRowDto> rows, DateOnly today)
    {
        string Names(RankGroup g) => rows.Where(r => r.Group == g).Select(r => r.UnitName) is var names && names.Any()
            ? string.Join("、", names) : l["Report.Notice.None"];
        return l["Report.Notice.Text", m.Title, today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), rows.Count,
            rows.Count(r => r.Group != RankGroup.Missing), Percent(m.ReportingRate), Percent(m.OnTimeRate),
            Names(RankGroup.OnTime), Names(RankGroup.Late), Names(RankGroup.Missing)];
    }

    private string Percent(decimal? rate) => rate is { } r ? $"{r:0.#}%" : l["Report.Notice.NoRate"];
}
