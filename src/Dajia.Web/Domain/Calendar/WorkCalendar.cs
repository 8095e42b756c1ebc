namespace Dajia.Web.Domain.Calendar;

public enum DayKind
{
    Normal,
    Weekend,
    Holiday,
    MakeupWorkday,
}

/// <summary>A day that differs from the plain Mon–Fri week, and the State Council notice (by year) that says so.</summary>
public sealed record CalendarException(DateOnly Date, DayKind Kind, string Name, int NoticeYear);

public sealed record DayInfo(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? Name, bool Estimated);

/// <summary>A computed date; Estimated when a year it crosses has no published arrangement (plain Mon–Fri was used).</summary>
public readonly record struct CalendarResult(DateOnly Date, bool Estimated);

/// <summary>
/// Chinese working days: Mon–Fri except official holidays, plus official make-up workdays (调休上班).
/// Everything is precomputed once over 2000–2109, so each operation is an array lookup: no day-by-day loops.
/// Periods never count their start day (民事诉讼法 art. 85 and the 市场监管 procedure rules).
/// </summary>
public sealed class WorkCalendar
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2109, 12, 31);

    private readonly int _firstDayNumber = First.DayNumber;
    private readonly bool[] _working;
    private readonly int[] _workingBefore; // [i] = working days among days [0, i)
    private readonly int[] _workingDays;   // [k] = index of the k-th working day
    private readonly Dictionary<DateOnly, CalendarException> _exceptions;
    private readonly HashSet<int> _publishedYears;

    public WorkCalendar(IEnumerable<CalendarException> exceptions, IEnumerable<int> publishedYears)
    {
        _exceptions = exceptions.Where(e => InRange(e.Date)).ToDictionary(e => e.Date);
        _publishedYears = [.. publishedYears];
        var count = Last.DayNumber - _firstDayNumber + 1;
        _working = new bool[count];
        _workingBefore = new int[count + 1];
        var days = new List<int>(count * 5 / 7 + 16);
        for (var i = 0; i < count; i++)
        {
            var date = DateOnly.FromDayNumber(_firstDayNumber + i);
            _working[i] = _exceptions.TryGetValue(date, out var e)
                ? e.Kind == DayKind.MakeupWorkday
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            _workingBefore[i + 1] = _workingBefore[i] + (_working[i] ? 1 : 0);
            if (_working[i]) days.Add(i);
        }
        _workingDays = [.. days];
    }

    public static WorkCalendar PlainWeek { get; } = new([], []);

    public IReadOnlyCollection<int> PublishedYears => _publishedYears;

    public static bool InRange(DateOnly date) => date >= First && date <= Last;

    public bool IsPublished(int year) => _publishedYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) => _working[Index(date)];

    public DayInfo Describe(DateOnly date)
    {
        var working = IsWorkingDay(date);
        if (_exceptions.TryGetValue(date, out var e)) return new(date, working, e.Kind, e.Name, !IsPublished(date.Year));
        var kind = working ? DayKind.Normal : DayKind.Weekend;
        return new(date, working, kind, null, !IsPublished(date.Year));
    }

    /// <summary>The n-th working day after <paramref name="start"/> (the start day is not counted); n = 0 gives the start.</summary>
    public CalendarResult AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0) return new(start, !IsPublished(start.Year));
        var k = _workingBefore[Index(start) + 1] + n - 1;
        if (k >= _workingDays.Length) throw new ArgumentOutOfRangeException(nameof(n), "past the end of the calendar");
        var due = DateOnly.FromDayNumber(_firstDayNumber + _workingDays[k]);
        return new(due, Estimated(start, due));
    }

    /// <summary>Whether adding n days to start stays inside the calendar (2000–2109), so the answer is not a guess.</summary>
    public bool Reaches(DateOnly start, int n, bool working)
    {
        if (!InRange(start) || n < 0) return false;
        if (working) return n == 0 || _workingBefore[Index(start) + 1] + n - 1 < _workingDays.Length;
        var end = start.DayNumber + n;
        return end <= Last.DayNumber
            && (IsWorkingDay(DateOnly.FromDayNumber(end)) || _workingBefore[end - _firstDayNumber + 1] < _workingDays.Length);
    }

    /// <summary>start + n calendar days; a last day that is a rest day moves to the next working day.</summary>
    public CalendarResult AddCalendarDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var due = OnOrAfter(start.AddDays(n));
        return new(due, Estimated(start, due));
    }

    /// <summary>Working days in (from, to]: the count that <see cref="AddWorkingDays"/> undoes. Negative when to &lt; from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        _workingBefore[Index(to) + 1] - _workingBefore[Index(from) + 1];

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1).Date;

    public DateOnly OnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The working days in (from, to], in order: what a deadline counted.</summary>
    public IEnumerable<DateOnly> WorkingDaysIn(DateOnly from, DateOnly to)
    {
        for (var k = _workingBefore[Index(from) + 1]; k < _workingBefore[Index(to) + 1]; k++)
            yield return DateOnly.FromDayNumber(_firstDayNumber + _workingDays[k]);
    }

    public IEnumerable<CalendarException> ExceptionsOf(int year) =>
        _exceptions.Values.Where(e => e.Date.Year == year).OrderBy(e => e.Date);

    private bool Estimated(DateOnly a, DateOnly b)
    {
        for (var y = a.Year; y <= b.Year; y++)
            if (!IsPublished(y)) return true;
        return false;
    }

    private int Index(DateOnly date) => InRange(date)
        ? date.DayNumber - _firstDayNumber
        : throw new ArgumentOutOfRangeException(nameof(date), date, $"the calendar covers {First:yyyy}–{Last:yyyy}");
}
