using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>One unit in one period of the year: its status, its due date, when it first submitted, its timeliness.</summary>
public sealed record YearCellDto(
    string Period, ReportStatus Status, string StatusLabel, DateOnly? DueOn, bool Overdue, DateTimeOffset? FirstSubmittedAt,
    Timeliness? Timeliness = null);

/// <summary>A unit's year: a cell per period, and how many periods it filed on time, late, or not at all though due.</summary>
public sealed record YearUnitDto(Guid UnitId, string UnitName, IReadOnlyList<YearCellDto> Cells, int OnTime, int Late, int Missing);

public sealed record YearPeriodDto(string Period, string Label, bool Closed, decimal? ReportingRate, decimal? OnTimeRate);

/// <summary>The year at a glance: units × the form's periods in the year (四个季度, or the year for the annual form).</summary>
public sealed record YearMatrixDto(string Form, string FormName, int Year, IReadOnlyList<YearPeriodDto> Periods,
    IReadOnlyList<YearUnitDto> Units);

/// <summary>Where a unit stands in a 通报: filed by the due date, filed after it, or not filed.</summary>
public enum RankGroup
{
    OnTime,
    Late,
    Missing,
}

public static class RankGroups
{
    /// <summary>
    /// A unit's group from its shared timeliness (<see cref="RoundTimeliness"/>), never from dates of its own: not filed yet
    /// (pending, missing, no duty) is the last group.
    /// </summary>
    public static RankGroup Of(Timeliness? timeliness) => timeliness switch
    {
        Timeliness.OnTime => RankGroup.OnTime,
        Timeliness.Late => RankGroup.Late,
        _ => RankGroup.Missing,
    };
}

/// <summary>
/// One unit in the ranking. Working days are counted with the work calendar: early = working days from the day of the
/// first submission up to the due day (not counting it); late = working days after the due day up to the day it was
/// submitted, or up to today while it is still missing.
/// </summary>
public sealed record RankingRowDto(
    int Rank, Guid UnitId, string UnitName, RankGroup Group, string GroupLabel, ReportStatus Status, string StatusLabel,
    DateOnly? DueOn, DateTimeOffset? FirstSubmittedAt, int? WorkingDaysEarly, int? WorkingDaysLate, int Returns);

/// <summary>通报: the units ranked for a period, and a paragraph the office can copy into its notice.</summary>
public sealed record RankingDto(string Form, string Period, string Title, decimal? ReportingRate, decimal? OnTimeRate,
    IReadOnlyList<RankingRowDto> Rows, string Notice);
