using System.Xml.Linq;
using Dajia.Tests.Architecture;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Reporting;

namespace Dajia.Tests.Rounds;

/// <summary>附件1 rounds and report rounds are one mechanism: one round type, one guard, one timeliness, one snapshot shape.</summary>
public sealed class RoundKernelTests
{
    private static readonly DateOnly Due = new(2017, 9, 25);

    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2017, 9, day, hour, minute, 0, ChinaTime.Offset);

    private static Deadline Duty(string rule)
    {
        var r = new DeadlineRule(rule, new("报送", "方案", TimeUnit.FixedDate, 0, 0, 0, new DateOnly(2017, 1, 1), null));
        return Deadline.StartFixed(DeadlineSubjects.Campaign, Guid.CreateVersion7(), Guid.CreateVersion7(), r, "2017-Q3", Due,
            China(1, 9), Calendar.WorkCalendarTests.Official, "office", Guid.CreateVersion7());
    }

    private static readonly Submitter Liaison = new(Guid.CreateVersion7(), "liaison.scjg", "张三");

    private static LiaisonTableContent Content() =>
        new("市场监管分局", LeaderInCharge.None, new LiaisonDetails("张三", null, null, null, "13800138000", null, null), null);

    private static Dictionary<string, string> Chinese() =>
        XDocument.Load(RepoFiles.Full(Path.Combine("src", "Dajia.Web", "Resources", "SharedResource.resx"))).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Closing_either_kind_of_round_refuses_through_the_same_guard_with_the_same_wording_family()
    {
        Round[] rounds = [new LiaisonTable(Guid.CreateVersion7(), 2017),
            new ReportRound(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "2017Q3")];
        var today = new DateOnly(2017, 9, 26);
        Assert.All(rounds, r => Assert.Null(r.Refusal(today, Due)));
        foreach (var r in rounds) r.Close(China(26, 9), "office.staff");
        var texts = Chinese();
        Assert.All(rounds, r =>
        {
            var refusal = Assert.IsType<RoundRefusal>(r.Refusal(today, Due));
            Assert.Contains("报送已结束", string.Format(texts[refusal.Key], refusal.Args));
            Assert.Equal(("office.staff", true), (r.ClosedBy, r.ClosedByOffice));
        });
        var table = (LiaisonTable)rounds[0];
        var refused = Assert.Throws<DomainException>(() => table.Submit(Guid.CreateVersion7(), China(26, 9), Liaison,
            SubmissionChannel.Online, Content()));
        Assert.Equal(table.Refusal(today, Due)!.Key, refused.MessageKey);
        foreach (var r in rounds) r.Reopen();
        Assert.All(rounds, r => Assert.Null(r.Refusal(today, Due)));
    }

    [Fact]
    public void Only_a_liaison_table_round_closes_by_itself_when_its_year_is_over()
    {
        var next = new DateOnly(2018, 1, 2);
        Assert.NotNull(new LiaisonTable(Guid.CreateVersion7(), 2017).Refusal(next, Due));
        Assert.Null(new ReportRound(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "2017Q3").Refusal(next, Due));
    }

    [Theory]
    [InlineData(25, 23, 59, Timeliness.OnTime)]
    [InlineData(26, 0, 0, Timeliness.Late)]
    [InlineData(30, 10, 0, Timeliness.Late)]
    public void A_units_timeliness_is_the_same_function_for_a_liaison_table_and_a_report(int day, int hour, int minute,
        Timeliness expected)
    {
        var at = China(day, hour, minute);
        var table = new LiaisonTable(Guid.CreateVersion7(), 2017);
        var unit = Guid.CreateVersion7();
        var kept = table.Submit(unit, at, Liaison, SubmissionChannel.Online, Content());
        var liaison = RoundTimeliness.Of(Duty(RuleCodes.LiaisonTable), table.FirstOf(unit)!.SubmittedAt, China(30, 12));

        var report = new ReportSubmission(Guid.CreateVersion7(), Guid.CreateVersion7(), unit, ReportValues.Empty);
        var snapshot = report.Submit(at, Liaison, SubmissionChannel.Online, ReportValues.Empty);
        var status = ReportViews.StatusOf(report, Duty("key-area-quarterly"));

        Assert.Equal(expected, liaison);
        Assert.Equal(expected.ToString(), status.ToString());
        // Kept as submitted, in one shape: number, when, who, how, content.
        RoundSnapshot[] both = [kept, snapshot];
        Assert.All(both, s => Assert.Equal((1, at, Liaison, SubmissionChannel.Online), (s.Number, s.SubmittedAt, s.By, s.Channel)));
        Assert.All(both, s => Assert.False(string.IsNullOrEmpty(s.Content)));
    }

    [Fact]
    public void Not_filed_is_pending_until_the_due_day_is_over_then_missing_and_a_resubmission_does_not_move_it()
    {
        var duty = Duty(RuleCodes.LiaisonTable);
        Assert.Equal(Timeliness.Pending, RoundTimeliness.Of(duty, null, China(25, 23, 59)));
        Assert.Equal(Timeliness.Missing, RoundTimeliness.Of(duty, null, China(26, 0)));
        var report = new ReportSubmission(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), ReportValues.Empty);
        report.Submit(China(20, 9), Liaison, SubmissionChannel.OnBehalf, ReportValues.Empty);
        report.Return("补充说明", China(27, 9), "office.staff");
        report.Submit(China(28, 9), Liaison, SubmissionChannel.OnBehalf, ReportValues.Empty);
        Assert.Equal([1, 2], report.Snapshots.Select(s => s.Number));
        Assert.Equal(Timeliness.OnTime, RoundTimeliness.Of(duty, report.FirstSubmittedAt, China(28, 10)));
    }

    [Fact]
    public void The_tally_of_any_round_counts_units_and_rates_over_all_of_them()
    {
        var tally = RoundTally.Of([Timeliness.OnTime, Timeliness.OnTime, Timeliness.Late, Timeliness.Missing, Timeliness.Pending, null]);
        Assert.Equal((6, 3, 2, 1, 1, 1), (tally.Units, tally.Submitted, tally.Count(Timeliness.OnTime), tally.Count(Timeliness.Late),
            tally.Count(Timeliness.Missing), tally.Count(Timeliness.Pending)));
        Assert.Equal((50.0m, 33.3m), (tally.ReportingRate!.Value, tally.OnTimeRate!.Value));
        Assert.Null(RoundTally.Of([]).ReportingRate);
    }
}
