using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>
/// The second review's attacks on cases: removing an inspection a case came from, numbering a document by viewing it,
/// extending a late clock, closing while goods are held, disposing of goods before they were seized, deciding without law.
/// </summary>
public abstract class CaseGuardTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private static List<string?> Actions(JsonElement c) =>
        c.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    private static async Task<JsonElement> AddGoodsAsync(HttpClient client, Guid caseId) =>
        await (await client.PostAsJsonAsync($"/api/cases/{caseId}/exhibits", new
        {
            item = "牛仔裤", brand = "某品牌", quantity = 120, unit = "条", value = 36000, storagePlace = "分局罚没物品仓库",
        })).JsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> DisposeAsync(HttpClient client, Guid caseId, Guid exhibitId, string disposal, string on) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{exhibitId}/dispose", new { disposal, on });

    private static async Task<string[]> DocumentsAsync(HttpClient client, Guid caseId) =>
        (await (await client.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray()
        .Select(d => d.GetProperty("number").GetString()!).ToArray();

    [Fact]
    public async Task An_inspection_a_case_came_from_is_neither_offered_for_removal_nor_removed()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var (operationId, used, spare) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var op = new Operation(t.W.Town.Id, "XD-G" + t.W.Tag[..4], t.W.UnitA.Id,
                new OperationDetails(OperationKind.JointInspection, "岚田布业城联合检查", Opened.AddDays(-1), null, 6, 1, null), "staff");
            op.Invite(t.W.UnitB.Id);
            op.Respond(t.W.UnitB.Id, true, "周检查", Opened.AddDays(-2));
            var a = op.Inspect(t.Entity, InspectionResult.GoodsSeized, "查获假冒牛仔裤120条", Opened.AddDays(-1), "staff");
            var b = op.Inspect(t.Entity, InspectionResult.NoProblem, null, Opened.AddDays(-1), "staff");
            db.Add(op);
            await db.SaveChangesAsync();
            return (op.Id, a.Id, b.Id);
        });
        var c = await t.OpenAsync(t.Staff, new { inspectionId = used });
        var number = c.GetProperty("number").GetString()!;

        foreach (var client in new[] { t.Staff, t.LiaisonA })
        {
            var refused = await (await client.DeleteAsync($"/api/operations/{operationId}/inspections/{used}"))
                .ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(number, refused.GetProperty("detail").GetString());
        }
        var url = $"/Operations/{operationId}";
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"name=\"inspectionId\" value=\"{used}\"", html);
        Assert.Contains($"name=\"inspectionId\" value=\"{spare}\"", html);
        // A unit that took part but does not lead the action may not remove records: it is not offered the button.
        var liaisonB = await Pages.SignInAsync(app, t.W.LiaisonB);
        Assert.DoesNotContain("name=\"inspectionId\"", await (await liaisonB.GetAsync(url)).Content.ReadAsStringAsync());

        var op = await (await t.Staff.GetAsync($"/api/operations/{operationId}")).JsonAsync();
        var posted = await page.PostFormAsync(url, [
            new("inspectionId", used.ToString()), new("version", op.GetProperty("version").ToString()),
        ], url + "?handler=Remove");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(number, await posted.Content.ReadAsStringAsync());
        var after = await (await t.Staff.GetAsync($"/api/operations/{operationId}")).JsonAsync();
        Assert.Equal(2, after.GetProperty("inspections").GetArrayLength());
        Assert.Equal(op.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());

        (await t.Staff.DeleteAsync($"/api/operations/{operationId}/inspections/{spare}")).EnsureSuccessStatusCode();
        Assert.Equal(number, (await t.Staff.GetCaseAsync(c)).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Viewing_never_numbers_and_closing_waits_for_the_goods_then_numbers_its_form()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var id = Id(c);
        var goods = Id(await AddGoodsAsync(t.Staff, id));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        // 立案 numbered the 立案审批表; printing it took nothing more.
        var filing = await (await page.GetAsync($"/Cases/{id}/Print/Filing")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"number-hint\"", filing);
        Assert.Contains("立字〔2017〕", Assert.Single(await DocumentsAsync(t.Staff, id)));

        await t.AtAsync(app, China(2017, 10, 9));
        c = await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "decide", new
        {
            penalties = new[] { "Fine", "ConfiscateGoods" }, fine = 5000m, summary = "没收假冒牛仔裤120条，罚款5000元",
        })).JsonAsync();
        // 立案 numbered the 立案审批表, the notice its 告字, deciding the decision and the goods list it cites; viewing the
        // closing form numbers nothing.
        Assert.Equal(4, (await DocumentsAsync(t.Staff, id)).Length);
        page = await Pages.SignInAsync(app, t.W.Staff);
        var closing = await (await page.GetAsync($"/Cases/{id}/Print/Closing")).Content.ReadAsStringAsync();
        Assert.Contains("class=\"missing-number\"", closing);
        Assert.Contains("id=\"number-hint\"", closing);
        Assert.Contains("涉案物品共1项，均未处置。", closing);
        Assert.Equal(4, (await DocumentsAsync(t.Staff, id)).Length);

        c = await (await t.Staff.ActAsync(c, "payment", new { paidOn = "2017-10-09" })).JsonAsync();
        Assert.DoesNotContain("close", Actions(c));
        var held = await (await t.Staff.ActAsync(c, "close", new { })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1项", held.GetProperty("detail").GetString());
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
        var html = await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"close-goods-held\"", html);
        Assert.DoesNotContain("id=\"close-form\"", html);

        // Destroyed only from the confiscation decision's day, never in the future.
        foreach (var on in new[] { "2017-09-17", "2017-10-08", "2017-10-10" })
        {
            var early = await (await DisposeAsync(t.Staff, id, goods, "Destroyed", on)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.All(early.ErrorsFor("on"), m => Assert.True(Http.HasChinese(m), m));
            Assert.NotEmpty(early.ErrorsFor("on"));
        }
        (await DisposeAsync(t.Staff, id, goods, "Destroyed", "2017-10-09")).EnsureSuccessStatusCode();
        c = await t.Staff.GetCaseAsync(c);
        Assert.Contains("close", Actions(c));

        await t.AtAsync(app, China(2018, 1, 3));
        await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "close", new { })).JsonAsync();
        var numbers = await DocumentsAsync(t.Staff, id);
        Assert.Contains(numbers, n => n.EndsWith("结字〔2018〕1号", StringComparison.Ordinal));
        page = await Pages.SignInAsync(app, t.W.Staff);
        closing = await (await page.GetAsync($"/Cases/{id}/Print/Closing")).Content.ReadAsStringAsync();
        Assert.Contains("结字〔2018〕1号", closing);
        Assert.Contains("涉案物品共1项，已全部处置：销毁1项。", closing);
        Assert.DoesNotContain("：；", closing);
    }

    [Fact]
    public async Task A_late_clock_is_not_extended_and_a_collective_decision_gives_at_most_90_days()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var late = await t.OpenAsync(t.Staff);
        await t.AtAsync(app, China(2017, 10, 9));
        c = await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "extend", new { reason = "案情复杂，负责人批准" })).JsonAsync();
        foreach (var days in new[] { 91, 365 })
        {
            var tooLong = await (await t.Staff.ActAsync(c, "extend", new { reason = "负责人集体讨论决定", collective = true, days }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("90", Assert.Single(tooLong.ErrorsFor("days")));
        }
        c = await (await t.Staff.ActAsync(c, "extend", new { reason = "负责人集体讨论决定", collective = true, days = 90 })).JsonAsync();
        var due = c.Clock("case.decision").Due();

        // Past due: neither the head's +30 nor a collective decision moves the clock; the case stays in the overdue view.
        await t.AtAsync(app, China(2018, 8, 1));
        foreach (var (x, body) in new (JsonElement, object)[]
                 {
                     (c, new { reason = "负责人集体讨论决定", collective = true, days = 30 }),
                     (late, new { reason = "负责人批准延长" }),
                 })
        {
            var now = await t.Staff.GetCaseAsync(x);
            Assert.DoesNotContain("extend", Actions(now));
            var refused = await (await t.Staff.ActAsync(now, "extend", body)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("超期", refused.GetProperty("detail").GetString());
            Assert.Equal(now.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(x)).GetProperty("version").GetInt32());
        }
        Assert.Equal(due, (await t.Staff.GetCaseAsync(c)).Clock("case.decision").Due());
        var overdue = (await (await t.Staff.GetAsync("/api/cases?overdue=true")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Contains(c.GetProperty("number").GetString(), overdue);
        Assert.Contains(late.GetProperty("number").GetString(), overdue);
        var page = await Pages.SignInAsync(app, t.W.Staff);
        Assert.DoesNotContain("id=\"extend-form\"", await (await page.GetAsync($"/Cases/{Id(c)}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Goods_are_destroyed_or_confiscated_only_under_a_confiscation_and_never_before_they_were_seized()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var id = Id(c);
        var goods = Id(await AddGoodsAsync(t.Staff, id));
        await t.AtAsync(app, China(2017, 9, 25));
        foreach (var how in new[] { "Destroyed", "Confiscated" })
        {
            var refused = await (await DisposeAsync(t.Staff, id, goods, how, "2017-09-25")).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("没收", refused.GetProperty("detail").GetString());
        }
        var before = await (await DisposeAsync(t.Staff, id, goods, "Returned", "2001-01-01")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2017-09-18", Assert.Single(before.ErrorsFor("on")));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var form = (await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync()).Split($"exhibit-dispose-{goods:N}-how")[2];
        Assert.DoesNotContain("value=\"Destroyed\"", form.Split("</select>")[0]);
        Assert.Contains("value=\"Returned\"", form.Split("</select>")[0]);
        var list = await (await t.Staff.GetAsync($"/api/cases/{id}/exhibits")).JsonAsync();
        Assert.Equal(1, list.GetProperty("undisposed").GetInt32());

        // A fine alone confiscates nothing.
        c = await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "decide",
            new { penalties = new[] { "Fine" }, fine = 1000m, summary = "罚款1000元" })).JsonAsync();
        await (await DisposeAsync(t.Staff, id, goods, "Destroyed", "2017-09-25")).ProblemAsync(HttpStatusCode.Conflict);
        (await DisposeAsync(t.Staff, id, goods, "Returned", "2017-09-18")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_decision_states_its_legal_basis_and_its_print_cites_the_goods_list_by_number()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { legalBasis = (string?)null });
        var id = Id(c);
        await t.AtAsync(app, China(2017, 9, 25));
        c = await t.Staff.HeardAsync(await t.Staff.GetCaseAsync(c));
        var confiscate = new { penalties = new[] { "ConfiscateGoods", "Fine" }, fine = 3000m, summary = "没收假冒牛仔裤，罚款3000元" };
        var refused = await (await t.Staff.ActAsync(c, "decide", confiscate)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("法律依据", Assert.Single(refused.ErrorsFor("legalBasis")));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        var url = $"/Cases/{id}";
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var posted = await page.PostFormAsync(url, [
            new("form", "case-decide"), new("version", c.GetProperty("version").ToString()), new("penalties", "Warning"),
            new("summary", "警告"), new("legalBasis", ""),
        ], url + "?handler=Decide");
        Assert.Contains("id=\"case-decide-legalBasis-error\"", await posted.Content.ReadAsStringAsync());
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());

        // Without goods the print leaves the list's clause out; with goods, deciding numbers the list and the print cites it.
        var bare = await t.OpenAsync(t.Staff);
        await (await t.Staff.ActAsync(bare, "decide", confiscate)).JsonAsync();
        var plain = await (await page.GetAsync($"/Cases/{Id(bare)}/Print/Decision")).Content.ReadAsStringAsync();
        Assert.Contains("没收违法物品；", plain);
        Assert.DoesNotContain("详见涉案物品清单", plain);

        await AddGoodsAsync(t.Staff, id);
        var decided = await (await t.Staff.ActAsync(c, "decide", new
        {
            confiscate.penalties, confiscate.fine, confiscate.summary, legalBasis = "《商标法》第五十七条第（三）项、第六十条第二款",
        })).JsonAsync();
        Assert.Equal("《商标法》第五十七条第（三）项、第六十条第二款", decided.GetProperty("legalBasis").GetString());
        var list = Assert.Single(await DocumentsAsync(t.Staff, id), n => n.Contains("物字〔2017〕", StringComparison.Ordinal));
        var print = await (await page.GetAsync($"/Cases/{id}/Print/Decision")).Content.ReadAsStringAsync();
        Assert.Contains($"详见涉案物品清单 {list}）", print);
        Assert.Contains("《商标法》第五十七条第（三）项", print);
        Assert.DoesNotContain("＿＿＿＿", print.Split("id=\"basis\"")[1].Split("</p>")[0]);
    }

    [Fact]
    public async Task The_reporter_does_not_approve_the_transfer_steps_are_dated_in_order_and_reconsideration_is_asked_once()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { violationType = "Substandard", caseValue = 60_000m, goodsValue = 0m });
        var url = $"/api/cases/{Id(c)}/transfer";
        await (await t.Staff.PostAsJsonAsync(url, new { police = "中山市公安局大涌分局", note = "销售六万元" })).JsonAsync(HttpStatusCode.Created);
        await t.AtAsync(app, China(2017, 9, 21));
        var head = await t.W.ClientFor(t.W.Admin);
        async Task<HttpResponseMessage> Step(HttpClient client, string step, object body)
        {
            var version = (await (await client.GetAsync(url)).JsonAsync()).GetProperty("transfer").GetProperty("version").GetInt32();
            return await client.SendIfMatchAsync(HttpMethod.Post, $"{url}/{step}", body, version);
        }

        var own = await (await Step(t.Staff, "approve", new { note = "同意移送" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("报告", own.GetProperty("detail").GetString());
        await (await Step(t.LiaisonA, "approve", new { note = "同意移送" })).ProblemAsync(HttpStatusCode.Forbidden);
        foreach (var on in new[] { "2017-09-17", "2017-09-22" })
            Assert.NotEmpty((await (await Step(head, "approve", new { note = "同意移送", on })).ProblemAsync(HttpStatusCode.BadRequest))
                .ErrorsFor("on"));
        var approved = await (await Step(head, "approve", new { note = "同意移送", on = "2017-09-19" })).JsonAsync();
        Assert.Equal("2017-09-19", ChinaTime.DateOf(approved.GetProperty("steps")[1].GetProperty("at").GetDateTimeOffset())
            .ToString("yyyy-MM-dd"));
        await (await Step(t.Staff, "hand-over", new { note = "已送达", on = "2017-09-18" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Step(t.Staff, "hand-over", new { note = "已送达" })).JsonAsync();
        await (await Step(t.Staff, "police-decision", new { accepted = false, note = "不予立案" })).JsonAsync();
        await (await Step(t.Staff, "reconsider", new { note = "提请复议" })).JsonAsync();
        var again = await (await Step(t.Staff, "police-decision", new { accepted = false, note = "维持不予立案" })).JsonAsync();
        Assert.Equal(["accept-refusal"], again.GetProperty("nextSteps").EnumerateArray().Select(x => x.GetString()));
        await (await Step(t.Staff, "reconsider", new { note = "再次提请复议" })).ProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection("Sqlite")]
public sealed class CaseGuardSqlite(SqliteFactory f) : CaseGuardTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseGuardPostgres(PostgresFactory f) : CaseGuardTests(f.WithClockReset());
