namespace Dajia.Web.Domain.Calendar;

/// <summary>A stored exception to the plain week: an official holiday or make-up workday (or an admin's correction).</summary>
public sealed class CalendarDay
{
    private CalendarDay() { }

    public CalendarDay(DateOnly date, DayKind kind, string name, int noticeYear)
    {
        if (kind is not (DayKind.Holiday or DayKind.MakeupWorkday)) throw new DomainException("Calendar.KindNotStored");
        (Date, Kind, Name, NoticeYear) = (date, kind, name, noticeYear);
    }

    public DateOnly Date { get; private set; }
    public DayKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The notice's year, which for late-December days is often the next calendar year.</summary>
    public int NoticeYear { get; private set; }

    public void Set(DayKind kind, string name)
    {
        if (kind is not (DayKind.Holiday or DayKind.MakeupWorkday)) throw new DomainException("Calendar.KindNotStored");
        (Kind, Name) = (kind, name);
    }

    public CalendarException ToException() => new(Date, Kind, Name, NoticeYear);
}

/// <summary>A year whose official arrangement is known: its days are facts, not estimates.</summary>
public sealed class CalendarNotice
{
    private CalendarNotice() { }

    public CalendarNotice(int year, string papers, DateTimeOffset at) => (Year, Papers, UpdatedAt) = (year, papers, at);

    public int Year { get; private set; }

    /// <summary>The State Council notices (URLs, space-separated) the year's days come from.</summary>
    public string Papers { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string papers, DateTimeOffset at) => (Papers, UpdatedAt) = (papers, at);
}
