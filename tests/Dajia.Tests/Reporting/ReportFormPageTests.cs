using System.Net;
using System.Text.Json;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// The liaison's report form page and the office's review on it, as a browser without JavaScript uses them: prefilled
/// figures marked with their records, messages under the fields with what was typed kept, save, the 提交 summary,
/// return, accept, a late report allowed, another unit's report not found, leaders read only, a stale save named.
/// </summary>
public abstract class ReportFormPageTests(DajiaFactory app)
{
    private const string Form = "/Reports/key-area-quarterly/2017Q3/Units/";

    private async Task<(World W, string Url)> TownAsync()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        await (await OperationAsync(staff, w.UnitA.Id, "JointInspection", "2017-09-05T01:00:00Z", 3, 1)).JsonAsync(HttpStatusCode.Created);
        return (w, Form + w.UnitA.Id);
    }

    /// <summary>Every figure of the form as the page would post it: what the report shows, the empty ones 0, with changes.</summary>
    private async Task<List<KeyValuePair<string, string>>> FieldsAsync(World w, Dictionary<string, string>? changes = null)
    {
        var report = await (await (await w.ClientFor(w.Staff)).GetAsync($"{Quarterly}/units/{w.UnitA.Id}")).JsonAsync();
        var fields = Values(report).ToDictionary(v => "v." + v.Key, v => Convert.ToDecimal(v.Value).ToString("0.####"));
        foreach (var (k, v) in changes ?? []) fields["v." + k] = v;
        fields["version"] = report.GetProperty("version").GetInt32().ToString();
        return fields.ToList();
    }

    private static async Task<string> PageAsync(HttpClient c, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        var r = await c.GetAsync(url);
        Assert.Equal(status, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_list_links_the_form_which_marks_prefilled_figures_and_lists_the_records_behind_one()
    {
        var (w, url) = await TownAsync();
        var liaison = await Pages.SignInAsync(app, w.LiaisonA);
        var list = await PageAsync(liaison, "/Reports");
        Assert.Contains($"href=\"{url}\"", list);
        Assert.Contains("未开始", list);
        Assert.Contains("剩8个工作日", list);
        Assert.Contains("href=\"/Reports\"", await PageAsync(liaison, "/"));

        var page = await PageAsync(liaison, url);
        Assert.Contains($"{w.Town.Name}2017年度第3季度打假重点区域整治情况报表", page);
        Assert.Contains("2017年第3季度", page);
        Assert.Contains("2017-09-25", page);
        Assert.Matches("id=\"f-actions-personnel\" name=\"v.actions.personnel\" value=\"3\"", page);
        Assert.Contains("系统预填<span class=\"prefill-source\">：本单位牵头的执法行动出动人数", page);
        Assert.Contains("<legend>执法行动</legend>", page);
        Assert.DoesNotContain(w.UnitA.Id.ToString() + "<", page);

        var sources = await PageAsync(liaison, url + "?sources=actions.personnel");
        Assert.Matches("<a href=\"/Operations/[0-9a-f-]{36}\">", sources);
        Assert.Contains("重点区域JointInspection", sources);
        var staffList = await PageAsync(await Pages.SignInAsync(app, w.Staff), "/Reports");
        Assert.Contains("href=\"/Reports/key-area-quarterly/2017Q3\"", staffList);
        Assert.Contains($"href=\"{url}\"", staffList);
        Assert.Contains("已报 0/2 家", staffList);
    }

    [Fact]
    public async Task Bad_figures_come_back_under_their_fields_as_typed_and_nothing_is_saved()
    {
        var (w, url) = await TownAsync();
        var liaison = await Pages.SignInAsync(app, w.LiaisonA);
        var fields = await FieldsAsync(w, new() { ["actions.personnel"] = "3.5", ["cases.value"] = "1.23456", ["publicity.events"] = "abc" });
        var page = await (await liaison.PostFormAsync(url, fields, url + "?handler=Save")).Content.ReadAsStringAsync();
        Assert.Matches("name=\"v.actions.personnel\" value=\"3.5\"[^>]*input-validation-error", page);
        Assert.Matches("id=\"f-actions-personnel-error\">出动执法人员：请填写不小于0的整数<", page);
        Assert.Matches("id=\"f-cases-value-error\">案值：请填写不小于0的数，最多四位小数<", page);
        Assert.Contains("value=\"abc\"", page);
        var report = await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"{Quarterly}/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal("NotStarted", report.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Saved_reviewed_submitted_returned_fixed_and_accepted_through_the_page()
    {
        var (w, url) = await TownAsync();
        var (liaison, staff) = (await Pages.SignInAsync(app, w.LiaisonA), await Pages.SignInAsync(app, w.Staff));
        var saved = await liaison.PostFormAsync(url, await FieldsAsync(w, new() { ["actions.personnel"] = "9" }), url + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await PageAsync(liaison, url);
        Assert.Contains("草稿已保存", page);
        Assert.Contains("系统预填：3", page);
        // The text's limit is on the page, and the script checks it as you type with the server's own message.
        Assert.Contains("data-max=\"2000\"", page);
        Assert.Matches("id=\"f-text-problems-count\"\\s*>0/2000 字</span>", page);
        Assert.Contains("data-msg-too-long=\"不能超过 {0} 个字\"", page);

        var review = await liaison.PostFormAsync(url, await FieldsAsync(w, new() { ["text.problems"] = "人手不足" }),
            url + "?handler=Review");
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Contains("confirm=True", review.Headers.Location!.ToString());
        var summary = await PageAsync(liaison, review.Headers.Location!.ToString());
        Assert.Contains("提交前请核对", summary);
        Assert.Matches(
            "<tr class=\"edited\" data-code=\"actions.personnel\">\\s*<th scope=\"row\">出动执法人员</th>\\s*<td class=\"summary-value\">9", summary);
        Assert.Contains("人手不足", summary);
        var version = (await FieldsAsync(w)).Single(f => f.Key == "version");
        Assert.Equal(HttpStatusCode.Redirect, (await liaison.PostFormAsync(url, [version], url + "?handler=Submit")).StatusCode);
        page = await PageAsync(liaison, url);
        Assert.Contains("按时提交", page);
        Assert.Contains("第1次提交 2017-09-13 10:00", page);
        Assert.DoesNotContain("id=\"save-draft\"", page);

        version = (await FieldsAsync(w)).Single(f => f.Key == "version");
        var noReason = await (await staff.PostFormAsync(url, [version, new("reason", " ")], url + "?handler=Return"))
            .Content.ReadAsStringAsync();
        Assert.Contains("请填写退回理由", noReason);
        Assert.Equal(HttpStatusCode.Redirect,
            (await staff.PostFormAsync(url, [version, new("reason", "宣传活动场次有误")], url + "?handler=Return")).StatusCode);
        page = await PageAsync(liaison, url);
        Assert.Contains("退回理由：宣传活动场次有误", page);
        Assert.Contains("已退回", page);

        await liaison.PostFormAsync(url, await FieldsAsync(w, new() { ["publicity.events"] = "3" }), url + "?handler=Review");
        version = (await FieldsAsync(w)).Single(f => f.Key == "version");
        await liaison.PostFormAsync(url, [version], url + "?handler=Submit");
        version = (await FieldsAsync(w)).Single(f => f.Key == "version");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(url, [version], url + "?handler=Accept")).StatusCode);
        page = await PageAsync(staff, url);
        Assert.Contains("已通过", page);
        Assert.Contains("第2次提交", page);
        Assert.DoesNotContain("id=\"accept\"", page);
    }

    [Fact]
    public async Task After_the_due_date_the_office_allows_a_late_report_through_the_page()
    {
        var (w, url) = await TownAsync();
        app.Clock.Now = China(2017, 9, 26);
        var (liaison, staff) = (await Pages.SignInAsync(app, w.LiaisonA), await Pages.SignInAsync(app, w.Staff));
        var page = await PageAsync(liaison, url);
        Assert.Contains("已过报送截止日期，如需补报请联系镇打假办", page);
        Assert.DoesNotContain("id=\"save-draft\"", page);
        Assert.Contains("逾期", await PageAsync(liaison, "/Reports"));

        var past = await (await staff.PostFormAsync(url, [new("until", "2017-09-20")], url + "?handler=AllowLate"))
            .Content.ReadAsStringAsync();
        Assert.Contains("请填写补报截止日期（今天起一年内）", past);
        Assert.Equal(HttpStatusCode.Redirect,
            (await staff.PostFormAsync(url, [new("until", "2017-09-29")], url + "?handler=AllowLate")).StatusCode);
        page = await PageAsync(liaison, url);
        Assert.Contains("2017-09-29", page);
        Assert.Contains("id=\"save-draft\"", page);
    }

    [Fact]
    public async Task Another_units_liaison_finds_nothing_and_a_leader_reads_only()
    {
        var (w, url) = await TownAsync();
        var other = await Pages.SignInAsync(app, w.LiaisonB);
        await PageAsync(other, url, HttpStatusCode.NotFound);
        Assert.DoesNotContain(url, await PageAsync(other, "/Reports"));

        var leader = await Pages.SignInAsync(app, w.Leader);
        var page = await PageAsync(leader, url);
        Assert.Contains("领导只可查看，不能修改", page);
        Assert.DoesNotContain("id=\"save-draft\"", page);
        Assert.DoesNotContain("id=\"accept\"", page);
        Assert.Matches("name=\"v.actions.personnel\" value=\"3\" readonly=\"readonly\"", page);
        var refused = await leader.PostFormAsync(url, await FieldsAsync(w), url + "?handler=Save");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("草稿已保存", await PageAsync(leader, url));
    }

    [Fact]
    public async Task A_save_over_someone_elses_names_the_figures_that_differ_and_changes_nothing()
    {
        var (w, url) = await TownAsync();
        var liaison = await Pages.SignInAsync(app, w.LiaisonA);
        var mine = await FieldsAsync(w, new() { ["actions.personnel"] = "5" });
        var staff = await w.ClientFor(w.Staff);
        var report = await (await staff.GetAsync($"{Quarterly}/units/{w.UnitA.Id}")).JsonAsync();
        await SaveAsync(staff, $"{Quarterly}/units/{w.UnitA.Id}", report, new() { ["actions.personnel"] = 9, ["publicity.media"] = 2 });

        var page = await (await liaison.PostFormAsync(url, mine, url + "?handler=Save")).Content.ReadAsStringAsync();
        Assert.Contains("报表已被他人修改，请刷新后重试。与您填写不同的项目：出动执法人员、媒体报道", page);
        Assert.Contains("value=\"5\"", page);
        report = await (await staff.GetAsync($"{Quarterly}/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal(9, Indicator(report, "actions.personnel").GetProperty("value").GetDecimal());
    }
}

[Collection("Sqlite")]
public sealed class ReportFormPageSqlite(SqliteFactory f) : ReportFormPageTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportFormPagePostgres(PostgresFactory f) : ReportFormPageTests(f.WithClockReset());
