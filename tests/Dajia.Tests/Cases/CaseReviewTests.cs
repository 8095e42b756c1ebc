using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// What a review of the case journeys attacked: a backdated pause hiding a late case, a fine instead of a transfer
/// (以罚代刑), a form that reported its mistakes in two rounds, markup in a person's name, a number for an empty list.
/// </summary>
public abstract class CaseReviewTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private static List<string?> Actions(JsonElement c) =>
        c.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();

    private static async Task<string[]> OverdueAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/cases?overdue=true")).JsonAsync()).GetProperty("items").EnumerateArray()
        .Select(i => i.GetProperty("number").GetString()!).ToArray();

    [Fact]
    public async Task A_late_clock_cannot_be_paused_and_a_pause_starts_at_most_a_week_back()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        // The clock counts from the day after 立案: a pause is not offered on the opening day.
        Assert.DoesNotContain("pause", Actions(c));

        await t.AtAsync(app, China(2017, 10, 9));
        c = await t.LiaisonA.GetCaseAsync(c);
        Assert.Contains("pause", Actions(c));
        var old = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Appraisal", from = "2017-10-01", reason = "补录鉴定" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(old.ErrorsFor("from"), m => Assert.Contains("7", m));
        var paused = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Appraisal", from = "2017-10-02", reason = "委托鉴定" }))
            .JsonAsync();
        Assert.Equal("Paused", paused.GetProperty("status").GetString());
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        var html = await (await page.GetAsync($"/Cases/{c.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        Assert.Contains("自 2017-10-02 起已中止 8 天", html.Split("id=\"paused-since\"")[1].Split("</dd>")[0]);
        Assert.Contains("class=\"paused-since\">（自 2017-10-02，已 8 天）", html);
        var list = await (await page.GetAsync("/Cases")).Content.ReadAsStringAsync();
        Assert.Contains("（自 2017-10-02，已 8 天）", list);
        c = await (await t.LiaisonA.ActAsync(paused, "resume", new { })).JsonAsync();

        // Months past due, the reviewer's attack: a pause "from" long ago, or from this week, would hide the lateness.
        await t.AtAsync(app, China(2018, 2, 26));
        c = await t.LiaisonA.GetCaseAsync(c);
        var number = c.GetProperty("number").GetString();
        Assert.Equal("Overdue", c.Clock("case.decision").GetProperty("state").GetString());
        Assert.DoesNotContain("pause", Actions(c));
        foreach (var from in new[] { "2017-11-01", "2018-02-23" })
        {
            var refused = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Appraisal", from, reason = "补录鉴定" }))
                .ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("超期", refused.GetProperty("detail").GetString());
        }
        var after = await t.Staff.GetCaseAsync(c);
        Assert.Equal(c.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal("Investigating", after.GetProperty("status").GetString());
        Assert.Equal([number!], await OverdueAsync(t.Staff));
        // Nor is it extended after the fact: it stays late until decided (CaseGuardTests).
        Assert.DoesNotContain("extend", Actions(after));
    }

    [Fact]
    public async Task A_case_flagged_for_transfer_takes_no_fine_until_the_police_refuse_it_for_good()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var opened = await t.OpenAsync(t.Staff, new { violationType = "Substandard", caseValue = 0m, goodsValue = 200_000m });
        var c = await t.Staff.HeardAsync(opened);
        var id = c.GetProperty("id").GetGuid();
        var fine = new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款5000元" };
        foreach (var body in new object[] { fine, new { penalties = new[] { "Warning", "ConfiscateGoods" }, summary = "警告，没收" } })
        {
            var refused = await (await t.Staff.ActAsync(c, "decide", body)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("第十一条", refused.GetProperty("detail").GetString());
        }
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        // The page offers only what may be decided, and says why.
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync();
        var form = html.Split("id=\"decide-form\"")[1].Split("</form>")[0];
        Assert.Contains("id=\"decide-limit\"", form);
        Assert.Contains("value=\"Warning\"", form);
        Assert.Contains("value=\"Suspension\"", form);
        Assert.DoesNotContain("value=\"Fine\"", form);
        Assert.DoesNotContain("value=\"ConfiscateGoods\"", form);
        Assert.DoesNotContain("id=\"fine\"", form);

        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = "中山市公安局大涌分局", note = "货值二十万元" }))
            .JsonAsync(HttpStatusCode.Created);
        foreach (var (step, body) in new (string, object)[]
                 {
                     ("approve", new { note = "同意移送" }), ("hand-over", new { note = "已送达" }),
                     ("police-decision", new { accepted = false, note = "不予立案" }), ("reconsider", new { note = "提请复议" }),
                     ("police-decision", new { accepted = false, note = "维持不予立案" }),
                 })
        {
            c = await t.Staff.GetCaseAsync(c);
            await (await t.Staff.ActAsync(c, "decide", fine)).ProblemAsync(HttpStatusCode.Conflict);
            await TransferStepAsync(step == "approve" ? await t.W.ClientFor(t.W.Admin) : t.Staff, id, step, body);
        }
        // Refused and no reconsideration pending: still not until the refusal is accepted.
        await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "decide", fine)).ProblemAsync(HttpStatusCode.Conflict);
        await TransferStepAsync(t.Staff, id, "accept-refusal", new { note = "不再复议" });
        // The fine could not be announced while the transfer barred it: the party is told of it now.
        c = await t.Staff.HeardAsync(await t.Staff.GetCaseAsync(c));
        var decided = await (await t.Staff.ActAsync(c, "decide", fine)).JsonAsync();
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Once_the_police_take_the_case_only_a_warning_suspension_or_revocation_may_be_decided()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { violationType = "Substandard", caseValue = 60_000m, goodsValue = 0m });
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = "中山市公安局大涌分局", note = "销售六万元" }))
            .JsonAsync(HttpStatusCode.Created);
        await TransferStepAsync(await t.W.ClientFor(t.W.Admin), id, "approve", new { note = "同意移送" });
        await TransferStepAsync(t.Staff, id, "hand-over", new { note = "已送达" });
        await TransferStepAsync(t.Staff, id, "police-decision", new { accepted = true, note = "立案" });
        c = await t.Staff.HeardAsync(await t.Staff.GetCaseAsync(c));
        var both = new { penalties = new[] { "Suspension", "Fine" }, fine = 5000m, summary = "罚款" };
        var refused = await (await t.Staff.ActAsync(c, "decide", both)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("公安机关已对本案立案", refused.GetProperty("detail").GetString());
        var decided = await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Warning", "Suspension" }, summary = "责令停业" }))
            .JsonAsync();
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_new_case_form_says_every_mistake_at_once_and_a_name_with_markup_is_refused()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var empty = await (await page.GetAsync("/Cases/New")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"title-limit\"", empty);
        var bad = await page.PostFormAsync("/Cases/New", [
            new("form", "case-new"), new("title", "销售伪劣产品案"), new("handlingUnitId", t.W.UnitA.Id.ToString()),
            new("violationType", "Substandard"), new("caseValue", "-5"), new("goodsValue", "20000000000"), new("partyKind", "Individual"),
            new("partyName", "王五"), new("partyIdNumber", "110105194912310021"), new("facts", ""),
        ]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "caseValue", "goodsValue", "partyIdNumber", "officerIds", "facts" })
            Assert.Contains($"id=\"{field}-error\"", html);
        Assert.Equal(0, (await (await t.Staff.GetAsync("/api/cases")).JsonAsync()).GetProperty("total").GetInt32());

        var markup = await (await t.Staff.PostAsJsonAsync("/api/cases", t.Body(new
        {
            partyKind = "Individual", partyName = "<b>王五</b>", partyIdNumber = "11010519491231002X", marketEntityId = (Guid?)null,
        }))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(markup.ErrorsFor("partyName"), m => Assert.True(Http.HasChinese(m), m));
        Assert.NotEmpty(markup.ErrorsFor("partyName"));
    }

    [Fact]
    public async Task The_list_filters_by_unit_and_key_area_and_a_liaison_is_offered_only_their_unit()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        var all = await (await staff.GetAsync("/Cases")).Content.ReadAsStringAsync();
        Assert.Contains($"<option value=\"{t.W.UnitB.Id}\"", all);
        Assert.Contains("id=\"area-filter\"", all);
        var b = await (await staff.GetAsync($"/Cases?unitId={t.W.UnitB.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(c.GetProperty("number").GetString()!, b);
        var a = await (await staff.GetAsync($"/Cases?unitId={t.W.UnitA.Id}")).Content.ReadAsStringAsync();
        Assert.Contains(c.GetProperty("number").GetString()!, a);
        var liaison = await (await (await Pages.SignInAsync(app, t.W.LiaisonA)).GetAsync("/Cases")).Content.ReadAsStringAsync();
        var units = liaison.Split("id=\"unit-filter\"")[1].Split("</select>")[0];
        Assert.Contains(t.W.UnitA.Id.ToString(), units);
        Assert.DoesNotContain(t.W.UnitB.Id.ToString(), units);
    }

    [Fact]
    public async Task An_empty_exhibit_list_prints_without_taking_a_number()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var empty = await (await page.GetAsync($"/Cases/{id}/Print/Exhibits")).Content.ReadAsStringAsync();
        Assert.Contains("class=\"missing-number\"", empty);
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/exhibits", new
        {
            item = "牛仔裤", brand = "某品牌", quantity = 120, unit = "条", value = 36000, storagePlace = "分局罚没物品仓库",
        })).JsonAsync(HttpStatusCode.Created);
        // An empty list is a blank with nothing to say about numbering; a list with goods says how to number it.
        Assert.DoesNotContain("id=\"number-hint\"", empty);
        var listed = await (await page.GetAsync($"/Cases/{id}/Print/Exhibits")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"number-hint\"", listed);
        (await t.Staff.PostAsync($"/api/cases/{id}/documents/ExhibitList", null)).EnsureSuccessStatusCode();
        listed = await (await page.GetAsync($"/Cases/{id}/Print/Exhibits")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("class=\"missing-number\"", listed);
    }

    private static async Task TransferStepAsync(HttpClient client, Guid caseId, string step, object body)
    {
        var transfer = (await (await client.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync()).GetProperty("transfer");
        await (await client.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/{step}", body,
            transfer.GetProperty("version").GetInt32())).JsonAsync();
    }
}

[Collection("Sqlite")]
public sealed class CaseReviewSqlite(SqliteFactory f) : CaseReviewTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseReviewPostgres(PostgresFactory f) : CaseReviewTests(f.WithClockReset());
