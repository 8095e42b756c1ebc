using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>What a report refuses, who sees it, two editors at once, and a new form version that leaves past rounds alone.</summary>
public abstract class ReportingRulesTests(DajiaFactory app)
{
    [Fact]
    public async Task Bad_figures_and_broken_rules_answer_400_in_chinese_and_change_nothing()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff));
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        report = await SaveAsync(a, url, report, null);
        var version = report.GetProperty("version").GetInt32();

        async Task<string[]> Refused(object values, string field) =>
            (await (await a.SendIfMatchAsync(HttpMethod.Put, url, new { values }, version)).ProblemAsync(HttpStatusCode.BadRequest))
                .ErrorsFor(field);
        Assert.Equal(["立案：请填写不小于0的整数"], await Refused(new Dictionary<string, object> { ["cases.opened"] = -1 }, "values.cases.opened"));
        Assert.Equal(["立案：请填写不小于0的整数"], await Refused(new Dictionary<string, object> { ["cases.opened"] = 1.5 }, "values.cases.opened"));
        Assert.Equal(["立案：请填写不小于0的整数"], await Refused(new Dictionary<string, object> { ["cases.opened"] = "三" }, "values.cases.opened"));
        Assert.Equal(["案值：请填写不小于0的数，最多四位小数"],
            await Refused(new Dictionary<string, object> { ["cases.value"] = 0.00001 }, "values.cases.value"));
        Assert.Equal(["存在问题：请填写文字"], await Refused(new Dictionary<string, object> { ["text.problems"] = 5 }, "values.text.problems"));
        Assert.Equal(["存在问题不能超过 2000 个字"],
            await Refused(new Dictionary<string, object> { ["text.problems"] = new string('问', 2001) }, "values.text.problems"));
        Assert.Equal(["报表中没有这一项"], await Refused(new Dictionary<string, object> { ["x'; drop table"] = 1 }, "values.x'; drop table"));
        var badPeriod = await a.GetAsync($"/api/reports/key-area-quarterly/2017Q5/units/{w.UnitA.Id}");
        Assert.NotEmpty((await badPeriod.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("period"));
        var yearForQuarter = await a.GetAsync($"/api/reports/key-area-quarterly/2017/units/{w.UnitA.Id}");
        Assert.Equal(["该报表按季度填报，报告期应写成如 2017Q3"], (await yearForQuarter.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("period"));
        await (await a.GetAsync($"/api/reports/no-such-form/2017Q3/units/{w.UnitA.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        report = await (await a.GetAsync(url)).JsonAsync();
        Assert.Equal(version, report.GetProperty("version").GetInt32()); // nothing was saved

        report = await SaveAsync(a, url, report,
            new() { ["cases.closed"] = 2, ["actions.joint"] = 1, ["actions.operations"] = 0, ["publicity.events"] = null });
        var submit = await a.SendIfMatchAsync(HttpMethod.Post, $"{url}/submit", new { }, report.GetProperty("version").GetInt32());
        var problem = await submit.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["结案不能超过立案＋上期结转未结案件"], problem.ErrorsFor("values.cases.closed"));
        Assert.Equal(["其中联合执法不能超过开展专项行动"], problem.ErrorsFor("values.actions.joint"));
        Assert.Equal(["请填写宣传活动"], problem.ErrorsFor("values.publicity.events")); // each empty figure named
        Assert.Equal("Draft", (await (await a.GetAsync(url)).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_liaison_sees_and_edits_only_their_units_report_and_another_town_nothing()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var x = await w.NeighbourAsync();
        await PlanAsync(await w.ClientFor(w.Staff));
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        await SaveAsync(a, url, await (await a.GetAsync(url)).JsonAsync(), new() { ["publicity.events"] = 1 });

        var b = await w.ClientFor(w.LiaisonB);
        await (await b.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.PutAsJsonAsync(url, new { values = new { } })).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync($"{url}/sources/actions.personnel")).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync($"{Quarterly}/submissions")).ProblemAsync(HttpStatusCode.Forbidden);
        var other = await w.ClientFor(x.Admin);
        await (await other.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        var theirs = await (await other.GetAsync($"{Quarterly}/submissions")).JsonAsync();
        Assert.DoesNotContain(theirs.GetProperty("units").EnumerateArray(), u => u.GetProperty("unitId").GetGuid() == w.UnitA.Id);
        var leader = await w.ClientFor(w.Leader);
        Assert.Equal("Draft", (await (await leader.GetAsync(url)).JsonAsync()).GetProperty("status").GetString());
        await (await leader.PutAsJsonAsync(url, new { values = new { } })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_people_saving_one_draft_cannot_overwrite_each_other_and_the_second_is_told_what_differs()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        var read = await SaveAsync(a, url, await (await a.GetAsync(url)).JsonAsync(), null);
        await SaveAsync(staff, url, read, new() { ["actions.personnel"] = 12 });
        var lost = await a.SendIfMatchAsync(HttpMethod.Put, url, new { values = Values(read, new() { ["publicity.media"] = 1 }) },
            read.GetProperty("version").GetInt32());
        var detail = (await lost.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
        Assert.Equal("报表已被他人修改，请刷新后重试。与您填写不同的项目：出动执法人员、媒体报道", detail);
        var now = await (await a.GetAsync(url)).JsonAsync();
        Assert.Equal(12, Indicator(now, "actions.personnel").GetProperty("value").GetDecimal());
        Assert.Equal(0, Indicator(now, "publicity.media").GetProperty("value").GetDecimal());

        // Two first drafts at once: one is stored, the other is told to reload.
        var bUrl = $"{Quarterly}/units/{w.UnitB.Id}";
        var b = await w.ClientFor(w.LiaisonB);
        var empty = await (await b.GetAsync(bUrl)).JsonAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            (i % 2 == 0 ? b : staff).SendIfMatchAsync(HttpMethod.Put, bUrl, new { values = Values(empty) }, 0)));
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task A_form_changed_for_next_year_leaves_a_round_already_opened_on_the_old_version_unchanged()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff));
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        await SaveAsync(a, url, await (await a.GetAsync(url)).JsonAsync(), new() { ["publicity.events"] = 4 });

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var form = await db.ReportForms.Include(f => f.Versions).SingleAsync(f => f.Code == "key-area-quarterly");
            if (form.VersionFor(2030)?.EffectiveFromYear != 2030)
            {
                var v1 = form.VersionFor(2017)!.Parsed;
                form.AddVersion(2030, "大涌镇{0}年度第{1}季度整治情况报表（新）", "测试：次年改版",
                    new FormDefinition([.. v1.Blocks.Where(b => b.Code != "publicity")], []));
                await db.SaveChangesAsync();
            }
        }
        var old = await (await a.GetAsync(url)).JsonAsync();
        Assert.Contains(old.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("code").GetString() == "publicity");
        Assert.Equal(4, Indicator(old, "publicity.events").GetProperty("value").GetDecimal());
        var next = await (await a.GetAsync($"/api/reports/key-area-quarterly/2030Q1/units/{w.UnitA.Id}")).JsonAsync();
        Assert.DoesNotContain(next.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("code").GetString() == "publicity");
        Assert.Equal("大涌镇2030年度第1季度整治情况报表（新）", next.GetProperty("title").GetString());
        var forms = await (await a.GetAsync("/api/reports/forms")).JsonAsync();
        Assert.Contains(forms.GetProperty("items").EnumerateArray(), f => f.GetProperty("code").GetString() == "key-area-annual");
    }
}

[Collection("Sqlite")]
public sealed class ReportingRulesSqlite(SqliteFactory f) : ReportingRulesTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportingRulesPostgres(PostgresFactory f) : ReportingRulesTests(f.WithClockReset());
