using Dajia.Web.Domain;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Tests.Calendar;

public sealed class DeadlineTests
{
    private static readonly WorkCalendar Cal = WorkCalendarTests.Official;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    private static DateTimeOffset At(string date, int hour = 10) => new(D(date).ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Offset);

    private static DeadlineRule Rule(TimeUnit unit, int amount, int ext = 0, int max = 0) =>
        new("test.rule", new("测试", "测试依据", unit, amount, ext, max, D("2000-01-01"), null));

    private static Deadline Start(DeadlineRule rule, string date, int hour = 10) =>
        Deadline.Start("Clue", Guid.CreateVersion7(), Guid.CreateVersion7(), rule, At(date, hour), Cal, "tester");

    [Fact]
    public void A_working_day_deadline_ends_at_midnight_china_time_of_its_due_day()
    {
        var d = Start(Rule(TimeUnit.WorkingDays, 7), "2017-09-28");
        Assert.Equal(D("2017-10-13"), d.DueOn);
        Assert.Equal(new DateTimeOffset(2017, 10, 13, 16, 0, 0, TimeSpan.Zero), d.DueAt);
        Assert.Equal(DeadlineState.Open, d.StateAt(At("2017-09-29"), Cal));
        Assert.Equal(DeadlineState.DueSoon, d.StateAt(At("2017-10-11"), Cal));
        Assert.Equal(DeadlineState.DueSoon, d.StateAt(At("2017-10-13", 23), Cal));
        Assert.Equal(DeadlineState.Overdue, d.StateAt(At("2017-10-14", 0).AddMinutes(1), Cal));
    }

    [Fact]
    public void Met_on_the_due_day_is_on_time_and_the_next_day_is_late()
    {
        var onTime = Start(Rule(TimeUnit.WorkingDays, 7), "2017-09-28");
        onTime.Meet(At("2017-10-13", 23), "x");
        Assert.Equal(DeadlineState.MetOnTime, onTime.StateAt(At("2017-11-01"), Cal));
        var late = Start(Rule(TimeUnit.WorkingDays, 7), "2017-09-28");
        late.Meet(At("2017-10-16", 9), "x");
        Assert.Equal(DeadlineState.MetLate, late.StateAt(At("2017-11-01"), Cal));
        Assert.Throws<DomainException>(() => late.Meet(At("2017-10-17"), "x"));
    }

    [Fact]
    public void Paused_working_days_do_not_count()
    {
        // 15 wd from Wed 20 Sep 2017 → 17 Oct. A test lab pause Mon 25 – Tue 26 Sep (2 working days) → 19 Oct.
        var d = Start(Rule(TimeUnit.WorkingDays, 15), "2017-09-20");
        Assert.Equal(D("2017-10-17"), d.DueOn);
        d.Pause(D("2017-09-25"), "送检", At("2017-09-25"), Cal, "x");
        Assert.True(d.IsPaused);
        Assert.Equal(DeadlineState.Open, d.StateAt(At("2017-10-16"), Cal));
        d.Resume(D("2017-09-26"), At("2017-09-27"), Cal, "x");
        Assert.Equal(D("2017-10-19"), d.DueOn);
        Assert.Equal([DeadlineChangeKind.Started, DeadlineChangeKind.Paused, DeadlineChangeKind.Resumed], d.History.Select(h => h.Kind));
        // While open, a pause counts through today; resuming fixes its length.
        Assert.Equal((D("2017-10-18"), D("2017-10-19")), (d.History[2].DueBefore!.Value, d.History[2].DueAfter));
    }

    [Fact]
    public void A_pause_over_the_national_day_holiday_costs_only_its_working_days()
    {
        var d = Start(Rule(TimeUnit.WorkingDays, 15), "2017-09-20");
        d.Pause(D("2017-09-30"), "听证", At("2017-09-30"), Cal, "x");
        d.Resume(D("2017-10-09"), At("2017-10-10"), Cal, "x"); // 30 Sep and 9 Oct are the only working days inside
        Assert.Equal(Cal.AddWorkingDays(D("2017-09-20"), 17).Date, d.DueOn);
    }

    [Fact]
    public void Pauses_are_checked()
    {
        var d = Start(Rule(TimeUnit.WorkingDays, 15), "2017-09-20");
        Assert.Throws<DomainException>(() => d.Pause(D("2017-09-20"), "x", At("2017-09-20"), Cal, "x"));
        Assert.Throws<DomainException>(() => d.Resume(D("2017-09-25"), At("2017-09-25"), Cal, "x"));
        d.Pause(D("2017-09-25"), "x", At("2017-09-25"), Cal, "x");
        Assert.Throws<DomainException>(() => d.Pause(D("2017-09-26"), "x", At("2017-09-26"), Cal, "x"));
        Assert.Throws<DomainException>(() => d.Resume(D("2017-09-24"), At("2017-09-26"), Cal, "x"));
    }

    [Fact]
    public void A_pause_starts_no_later_than_the_due_day()
    {
        foreach (var unit in new[] { TimeUnit.WorkingDays, TimeUnit.CalendarDays, TimeUnit.Hours })
        {
            var d = Start(Rule(unit, unit == TimeUnit.Hours ? 48 : 3), "2017-09-20");
            var due = d.DueOn;
            var late = Assert.Throws<DomainException>(() => d.Pause(due.AddDays(1), "送检", At("2017-09-21"), Cal, "x"));
            Assert.Equal("Deadline.PauseAfterDue", late.MessageKey);
            Assert.Equal((due, 1, false), (d.DueOn, d.History.Count, d.IsPaused));
            d.Pause(due, "送检", At("2017-09-21"), Cal, "x"); // the due day itself may still be paused
            Assert.True(d.IsPaused);
        }
    }

    [Fact]
    public void A_case_gets_one_30_day_extension_and_more_only_by_collective_decision()
    {
        // Case opened Tue 1 Aug 2017: 90 days → Mon 30 Oct; +30 → Wed 29 Nov; collective +20 → Tue 19 Dec.
        var d = Start(Rule(TimeUnit.CalendarDays, 90, 30, 1), "2017-08-01");
        Assert.Equal(D("2017-10-30"), d.DueOn);
        d.Extend("办案人员", "分局局长", "案情复杂", false, null, At("2017-10-20"), Cal);
        Assert.Equal(D("2017-11-29"), d.DueOn);
        Assert.Throws<DomainException>(() => d.Extend("办案人员", "分局局长", "再延", false, null, At("2017-11-20"), Cal));
        Assert.Throws<DomainException>(() => d.Extend("办案人员", "集体讨论", "再延", true, null, At("2017-11-20"), Cal));
        d.Extend("办案人员", "负责人集体讨论", "涉案物品鉴定", true, 20, At("2017-11-20"), Cal);
        Assert.Equal(D("2017-12-19"), d.DueOn);
        Assert.Equal(2, d.Extensions.Count);
    }

    [Fact]
    public void A_calendar_day_limit_ending_on_a_holiday_rolls_to_the_next_working_day()
    {
        var d = Start(Rule(TimeUnit.CalendarDays, 3), "2017-09-28");
        Assert.Equal(D("2017-10-09"), d.DueOn);
    }

    [Fact]
    public void An_hours_limit_counts_clock_hours()
    {
        var d = Start(Rule(TimeUnit.Hours, 24), "2017-09-29", 15);
        Assert.Equal(At("2017-09-30", 15), d.DueAt);
        Assert.Equal(DeadlineState.Open, d.StateAt(At("2017-09-30", 8), Cal));
        Assert.Equal(DeadlineState.DueSoon, d.StateAt(At("2017-09-30", 10), Cal));
        Assert.Equal(DeadlineState.Overdue, d.StateAt(At("2017-09-30", 16), Cal));
    }

    [Fact]
    public void Recompute_after_a_calendar_change_moves_the_due_date_and_says_why()
    {
        var d = Start(Rule(TimeUnit.WorkingDays, 7), "2017-09-28");
        Assert.False(d.Recompute(Cal, At("2017-09-29"), "no change", "x"));
        // Suppose 30 Sep had not been a make-up workday: one working day fewer before the holiday.
        var edited = new WorkCalendar(
            Dajia.Web.Data.Calendar.OfficialCalendar.Days().Where(x => x.Date != D("2017-09-30")).Select(x => x.ToException()), [2017]);
        Assert.True(d.Recompute(edited, At("2017-09-29"), "日历调整", "admin"));
        Assert.Equal(D("2017-10-16"), d.DueOn);
        var change = d.History.Last();
        Assert.Equal((DeadlineChangeKind.Recomputed, D("2017-10-13"), D("2017-10-16"), "日历调整"),
            (change.Kind, change.DueBefore!.Value, change.DueAfter, change.Note));
    }
}
