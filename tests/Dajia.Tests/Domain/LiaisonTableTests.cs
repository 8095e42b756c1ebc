using Dajia.Web.Domain;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;

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
        Assert.Equal(Timeliness.OnTime, RoundTimeliness.Of(Duty(China(19, 23, 30)), null, China(19, 23, 31)));
        Assert.Equal(Timeliness.Late, RoundTimeliness.Of(Duty(China(20, 0, 30)), null, China(20, 0, 31)));
    }

    [Fact]
    public void Not_submitted_is_pending_until_the_day_after_due_then_missing()
    {
        Assert.Equal(Timeliness.Pending, RoundTimeliness.Of(Duty(null), null, China(19, 23, 59)));
        Assert.Equal(Timeliness.Missing, RoundTimeliness.Of(Duty(null), null, China(20, 0, 0)));
    }

    [Fact]
    public void A_unit_without_a_duty_or_whose_duty_ended_has_no_status()
    {
        Assert.Null(RoundTimeliness.Of(null, null, China(20, 0, 0)));
        var ended = Duty(null);
        ended.End(China(10, 9), "office", "plan changed");
        Assert.Null(RoundTimeliness.Of(ended, null, China(20, 0, 0)));
    }

    private static LiaisonTableContent Content(string liaison, string mobile = "13800138000") =>
        new("市场监管分局", LeaderInCharge.None, new LiaisonDetails(liaison, null, null, null, mobile, null, null), null);

    private static readonly Submitter Liaison = new(Guid.CreateVersion7(), "liaison.a", "张三");

    [Fact]
    public void The_same_content_again_is_the_same_submission_and_a_change_is_the_next_version()
    {
        var table = new LiaisonTable(Guid.CreateVersion7(), 2017);
        var unit = Guid.CreateVersion7();
        var first = table.Submit(unit, China(18, 9), Liaison, SubmissionChannel.Online, Content("张三"));
        var again = table.Submit(unit, China(21, 9), Liaison, SubmissionChannel.OnBehalf, Content("张三"));
        Assert.Same(first, again);
        var second = table.Submit(unit, China(22, 9), Liaison, SubmissionChannel.Online, Content("李四"));
        Assert.Equal([1, 2], table.VersionsOf(unit).Select(s => s.Number));
        Assert.Same(first, table.FirstOf(unit));
        Assert.Same(second, table.LatestOf(unit));
        Assert.Equal("张三", LiaisonTableContent.FromJson(first.Content)!.Primary!.Name);
        Assert.Equal("李四", LiaisonTableContent.FromJson(second.Content)!.Primary!.Name);
        Assert.Equal("张三 (liaison.a)", second.By.Signature);
    }

    [Fact]
    public void A_round_closes_by_hand_or_when_its_year_and_due_date_are_over()
    {
        var table = new LiaisonTable(Guid.CreateVersion7(), 2017);
        Assert.False(table.IsClosedOn(new DateOnly(2017, 12, 31), new DateOnly(2017, 9, 19)));
        Assert.True(table.IsClosedOn(new DateOnly(2018, 1, 1), new DateOnly(2017, 9, 19)));
        Assert.False(table.IsClosedOn(new DateOnly(2018, 1, 10), new DateOnly(2018, 1, 15))); // due early next year
        table.Close(China(25, 9), "office");
        Assert.True(table.IsClosedOn(new DateOnly(2017, 9, 26), new DateOnly(2017, 9, 19)));
        Assert.False(table.YearOver(new DateOnly(2017, 9, 26), new DateOnly(2017, 9, 19)));
        var refused = Assert.Throws<DomainException>(() =>
            table.Submit(Guid.CreateVersion7(), China(26, 9), Liaison, SubmissionChannel.Online, Content("张三")));
        Assert.Equal("LiaisonTable.Closed", refused.MessageKey);
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
