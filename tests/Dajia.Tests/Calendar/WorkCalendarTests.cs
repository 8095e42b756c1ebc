using System.Text.Json;
using Dajia.Web.Data.Calendar;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Tests.Calendar;

public sealed class WorkCalendarTests
{
    public static readonly WorkCalendar Official = new(
        OfficialCalendar.Days().Select(d => d.ToException()), OfficialCalendar.Notices().Select(n => n.Year));

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    [Theory]
    [InlineData("2017-09-28", 7, "2017-10-13")] // DESIGN §5: 30 Sep is a working Saturday, 1–8 Oct are off
    [InlineData("2017-09-20", 15, "2017-10-17")]
    [InlineData("2017-09-22", 5, "2017-09-29")]
    [InlineData("2017-09-11", 45, "2017-11-17")]
    [InlineData("2017-09-29", 1, "2017-09-30")]
    [InlineData("2017-09-30", 1, "2017-10-09")]
    [InlineData("2017-09-28", 0, "2017-09-28")]
    public void Worked_examples_from_the_design(string from, int days, string due) =>
        Assert.Equal(D(due), Official.AddWorkingDays(D(from), days).Date);

    [Fact]
    public void September_and_october_2017_have_39_working_days() =>
        Assert.Equal(39, Official.WorkingDaysBetween(D("2017-08-31"), D("2017-10-31")));

    [Theory]
    [InlineData("2017-09-28", 7, "2017-10-09")] // 10-05 is a holiday; the next working day is 10-09
    [InlineData("2017-12-03", 7, "2017-12-11")] // 12-10 is a Sunday
    [InlineData("2017-09-27", 3, "2017-09-30")] // a make-up Saturday is a working day
    public void Calendar_days_roll_a_rest_day_forward(string from, int days, string due) =>
        Assert.Equal(D(due), Official.AddCalendarDays(D(from), days).Date);

    [Fact]
    public void Days_describe_their_kind_and_name()
    {
        Assert.Equal(new DayInfo(D("2017-09-30"), true, DayKind.MakeupWorkday, "国庆节、中秋节", false), Official.Describe(D("2017-09-30")));
        Assert.Equal(DayKind.Holiday, Official.Describe(D("2017-10-04")).Kind);
        Assert.Equal(DayKind.Weekend, Official.Describe(D("2017-09-24")).Kind);
        Assert.Equal(DayKind.Normal, Official.Describe(D("2017-09-25")).Kind);
    }

    [Fact]
    public void A_year_without_a_notice_is_plain_mon_to_fri_and_flagged_estimated()
    {
        var r = Official.AddWorkingDays(D("2026-12-28"), 5);
        Assert.True(r.Estimated);
        Assert.Equal(D("2027-01-04"), r.Date); // 2027 has no notice yet: 1 Jan 2027 counts as a plain Friday
        Assert.False(Official.AddWorkingDays(D("2026-09-28"), 5).Estimated);
        Assert.True(Official.Describe(D("2027-10-01")).Estimated);
    }

    /// <summary>Every day 2007–2026 against the holiday-cn JSON (the independent copy the tests carry).</summary>
    [Fact]
    public void Every_day_2007_to_2026_matches_the_official_notices()
    {
        var facts = new Dictionary<DateOnly, bool>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "holidays-cn"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var day in doc.RootElement.GetProperty("days").EnumerateArray())
                facts[D(day.GetProperty("date").GetString()!)] = !day.GetProperty("isOffDay").GetBoolean();
        }
        Assert.True(facts.Count > 600, "the test data is missing");
        var checkedDays = 0;
        for (var d = D("2007-01-01"); d <= D("2026-12-31"); d = d.AddDays(1), checkedDays++)
        {
            var expected = facts.TryGetValue(d, out var working) ? working : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.True(expected == Official.IsWorkingDay(d), $"{d:yyyy-MM-dd}: expected {(expected ? "working" : "rest")}");
        }
        Assert.Equal(7305, checkedDays);
    }

    [Fact]
    public void Properties_hold_for_random_dates_and_spans()
    {
        var random = new Random(20170919);
        for (var i = 0; i < 20_000; i++)
        {
            var start = D("2007-01-01").AddDays(random.Next(0, 7300));
            var n = random.Next(0, 400);
            var due = Official.AddWorkingDays(start, n).Date;
            if (n > 0)
            {
                Assert.True(Official.IsWorkingDay(due), $"{start}+{n}");
                Assert.True(due > start);
                // Nothing earlier would do: the day before the due date still falls short by one.
                Assert.Equal(n - 1, Official.WorkingDaysBetween(start, due.AddDays(-1)));
            }
            Assert.Equal(n, Official.WorkingDaysBetween(start, due));
            Assert.Equal(Official.WorkingDaysIn(start, due).Count(), n);
            var calendar = Official.AddCalendarDays(start, n).Date;
            Assert.True(Official.IsWorkingDay(calendar) && calendar >= start.AddDays(n));
            Assert.Equal(Official.OnOrAfter(start.AddDays(n)), calendar);
            Assert.True(Official.NextWorkingDay(start) > start);
        }
    }

    [Fact]
    public void Counting_is_additive()
    {
        var start = D("2017-09-20");
        Assert.Equal(Official.AddWorkingDays(start, 15).Date, Official.AddWorkingDays(Official.AddWorkingDays(start, 7).Date, 8).Date);
    }

    [Fact]
    public void Dates_outside_the_calendar_and_negative_spans_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.IsWorkingDay(D("1999-12-31")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2017-01-01"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2109-12-20"), 100));
    }

    [Fact]
    public void The_shipped_table_has_every_year_from_2007_to_2026()
    {
        Assert.Equal(Enumerable.Range(2007, 20), Official.PublishedYears.Order());
        Assert.Equal(678, OfficialCalendar.Days().Count);
    }
}
