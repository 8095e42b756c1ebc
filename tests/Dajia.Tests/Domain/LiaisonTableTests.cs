using Dajia.Web.Domain;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;

namespace Dajia.Tests.Domain;

public sealed class LiaisonTableTests
{
    private static readonly DateOnly Due = new(2017, 9, 19);

    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2017, 9, day, hour, minute, 0, ChinaTime.Offset);

    private static readonly DeadlineRule Rule =
        new(RuleCodes.LiaisonTable, new("附件1", "方案", TimeUnit.FixedDate, 0, 0, 0, new DateOnly(2017, 1, 1), null));

    /// <summary>A unit's 附件1 duty due on <see cref="Due"/>, met at <paramref name="submittedAt"/> if given.</summary>
    private static Deadline Duty(DateTimeOffset? submittedAt)
    {
        var d = Deadline.StartFixed(DeadlineSubjects.LiaisonTable, Guid.CreateVersion7(), Guid.CreateVersion7(), Rule, "2017", Due,
            China(1, 9), Calendar.WorkCalendarTests.Official, "office", Guid.CreateVersion7());
        if (submittedAt is { } at) d.Meet(at, "liaison");
        return d;
    }

    [Fact]
    public void Submitted_on_the_due_day_in_china_time_is_on_time_even_when_utc_says_otherwise()
    {
        // 23:30 on the 19th in Zhongshan is 15:30 UTC the same day; 00:30 on the 20th is 16:30 UTC on the 19th.
        Assert.Equal(LiaisonTableStatus.OnTime, LiaisonTable.StatusOf(Duty(China(19, 23, 30)), China(19, 23, 31)));
        Assert.Equal(LiaisonTableStatus.Late, LiaisonTable.StatusOf(Duty(China(20, 0, 30)), China(20, 0, 31)));
    }

    [Fact]
    public void Not_submitted_is_pending_until_the_day_after_due_then_missing()
    {
        Assert.Equal(LiaisonTableStatus.Pending, LiaisonTable.StatusOf(Duty(null), China(19, 23, 59)));
        Assert.Equal(LiaisonTableStatus.Missing, LiaisonTable.StatusOf(Duty(null), China(20, 0, 0)));
    }

    [Fact]
    public void A_unit_without_a_duty_or_whose_duty_ended_has_no_status()
    {
        Assert.Null(LiaisonTable.StatusOf(null, China(20, 0, 0)));
        var ended = Duty(null);
        ended.End(China(10, 9), "office", "plan changed");
        Assert.Null(LiaisonTable.StatusOf(ended, China(20, 0, 0)));
    }

    [Fact]
    public void A_unit_submits_once_and_a_repeat_keeps_the_first_time()
    {
        var table = new LiaisonTable(Guid.CreateVersion7(), 2017);
        var unit = Guid.CreateVersion7();
        var first = table.Submit(unit, China(18, 9), "a", SubmissionChannel.Online);
        var again = table.Submit(unit, China(21, 9), "b", SubmissionChannel.OnBehalf);
        Assert.Same(first, again);
        Assert.Single(table.Submissions);
    }

    [Fact]
    public void China_dates_come_from_utc_instants()
    {
        Assert.Equal(new DateOnly(2017, 9, 20), ChinaTime.DateOf(new DateTimeOffset(2017, 9, 19, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2017, 9, 18, 16, 0, 0, TimeSpan.Zero), ChinaTime.StartOf(new DateOnly(2017, 9, 19)));
    }

    [Fact]
    public void A_jurisdiction_path_contains_its_ancestors_and_levels_go_down()
    {
        var province = Jurisdiction.Create("广东省", JurisdictionLevel.Province, null);
        var city = Jurisdiction.Create("中山市", JurisdictionLevel.City, province);
        var town = Jurisdiction.Create("大涌镇", JurisdictionLevel.Town, city);
        Assert.StartsWith(city.Path, town.Path);
        Assert.StartsWith(province.Path, city.Path);
        Assert.Throws<DomainException>(() => Jurisdiction.Create("某市", JurisdictionLevel.City, town));
    }
}
