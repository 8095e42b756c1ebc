using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>
/// 曾达到移送标准: a case whose figures crossed a 立案追诉标准 keeps the mark; lowering them below every standard needs a
/// reason, is its own history line, and does not open the way to a fine (不得以罚代刑) until the police refused the case.
/// </summary>
public abstract class CaseStandardTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
    private const string Reason = "复核进货凭证：货值按实际进价重算为一万五千元";

    private static string Url(JsonElement c) => $"/api/cases/{c.GetProperty("id").GetGuid()}";

    private static Task<HttpResponseMessage> EditAsync(HttpClient client, JsonElement c, object body) =>
        client.SendIfMatchAsync(HttpMethod.Put, Url(c), body, c.GetProperty("version").GetInt32());

    private static JsonElement LastEvent(JsonElement c) => c.GetProperty("events").EnumerateArray().Last();

    /// <summary>销售假冒注册商标的商品, unsold goods 186,000 ≥ 150,000 (2010 standard, in force on 2017-09-20).</summary>
    private static Task<JsonElement> FlaggedAsync(CaseTown t) => t.OpenAsync(t.Staff, new { goodsValue = 186_000m });

    [Fact]
    public async Task Lowering_a_flagged_case_needs_a_reason_is_its_own_history_line_and_keeps_the_fine_barred()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await FlaggedAsync(t);
        var mark = c.GetProperty("standardReached");
        Assert.Equal("selling.unsold", mark.GetProperty("code").GetString());
        Assert.Equal(186_000m, mark.GetProperty("goodsValue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, (await t.OpenAsync(t.Staff)).GetProperty("standardReached").ValueKind);

        var bare = await (await EditAsync(t.Staff, c, new { goodsValue = 15_000m })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(bare.ErrorsFor("adjustmentReason").Single()));
        var same = await t.Staff.GetCaseAsync(c);
        Assert.Equal(186_000m, same.GetProperty("goodsValue").GetDecimal());
        Assert.Equal(c.GetProperty("version").GetInt32(), same.GetProperty("version").GetInt32());

        var lowered = await (await EditAsync(t.Staff, c, new { goodsValue = 15_000m, adjustmentReason = Reason })).JsonAsync();
        var line = LastEvent(lowered);
        Assert.Equal("AdjustedBelowStandard", line.GetProperty("kind").GetString());
        Assert.Contains("186,000.00 → 15,000.00", line.GetProperty("note").GetString());
        Assert.Contains(Reason, line.GetProperty("note").GetString());
        Assert.Equal("selling.unsold", lowered.GetProperty("standardReached").GetProperty("code").GetString());
        Assert.Equal(186_000m, lowered.GetProperty("standardReached").GetProperty("goodsValue").GetDecimal());

        // Already below: a later edit is an ordinary one.
        var later = await (await EditAsync(t.Staff, lowered, new { facts = "当事人销售假冒某品牌牛仔裤120条，另查明进货凭证" })).JsonAsync();
        Assert.Equal("Edited", LastEvent(later).GetProperty("kind").GetString());
        later = await t.Staff.HeardAsync(later);

        var fine = await (await t.Staff.ActAsync(later, "decide", new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("曾达到立案追诉标准", fine.GetProperty("detail").GetString());
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());
        var warned = await (await t.Staff.ActAsync(later, "decide", new { penalties = new[] { "Warning" }, summary = "警告" })).JsonAsync();
        Assert.Equal("Decided", warned.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_type_without_a_figure_is_a_lowering_too_and_outsiders_and_a_second_tab_cannot_do_it()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await FlaggedAsync(t);
        Assert.NotEmpty((await (await EditAsync(t.Staff, c, new { violationType = "NoOrigin" })).ProblemAsync(HttpStatusCode.BadRequest))
            .ErrorsFor("adjustmentReason"));
        var body = new { violationType = "NoOrigin", adjustmentReason = Reason };
        var leader = await t.W.ClientFor(t.W.Leader);
        Assert.Equal(HttpStatusCode.Forbidden, (await EditAsync(leader, c, body)).StatusCode);
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await EditAsync(liaisonB, c, body)).StatusCode);
        Assert.Equal("SellingCounterfeitGoods", (await t.Staff.GetCaseAsync(c)).GetProperty("violationType").GetString());

        var both = await Task.WhenAll(EditAsync(t.Staff, c, body), EditAsync(t.LiaisonA, c, body));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var now = await t.Staff.GetCaseAsync(c);
        Assert.Equal("NoOrigin", now.GetProperty("violationType").GetString());
        var lines = now.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "AdjustedBelowStandard");
        Assert.Contains("三无产品", Assert.Single(lines).GetProperty("note").GetString());
        Assert.Equal("selling.unsold", now.GetProperty("standardReached").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_refusal_by_the_police_frees_the_fine_and_next_steps_name_the_police_decision_once()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await FlaggedAsync(t);
        c = await (await EditAsync(t.Staff, c, new { goodsValue = 15_000m, adjustmentReason = Reason })).JsonAsync();
        var id = c.GetProperty("id").GetGuid();
        var transfer = await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = "大涌派出所", note = "移送报告" }))
            .JsonAsync(HttpStatusCode.Created);
        // The head's approval is recorded by the office, never by the one who reported the transfer.
        var head = await t.W.ClientFor(t.W.Admin);
        async Task<JsonElement> Step(string step, object body, HttpClient? by = null) => transfer = await (await (by ?? t.Staff)
            .SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{id}/transfer/{step}", body, transfer.GetProperty("version").GetInt32()))
            .JsonAsync();
        await Step("approve", new { note = "同意移送" }, head);
        var handed = await Step("hand-over", new { note = "已送达" });
        Assert.Equal(["police-decision"], handed.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        var refused = await Step("police-decision", new { accepted = false, note = "不予立案通知书" });
        Assert.Contains("accept-refusal", refused.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        await Step("accept-refusal", new { note = "不再提请复议" });
        var fined = await (await t.Staff.ActAsync(await t.Staff.GetCaseAsync(c), "decide",
            new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款五千元" })).JsonAsync();
        Assert.Equal("Decided", fined.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cases_stored_before_the_mark_get_it_on_start_at_their_opening_if_never_edited()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var untouched = await FlaggedAsync(t);
        var edited = await FlaggedAsync(t);
        await EditAsync(t.Staff, edited, new { facts = "当事人销售假冒某品牌牛仔裤，另查明仓库存货" });
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var c in new[] { untouched, edited })
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE "Cases" SET "StandardReachedAt" = NULL, "StandardReachedCode" = NULL, "StandardReachedCaseValue" = NULL,
                        "StandardReachedGoodsValue" = NULL WHERE "Id" = {c.GetProperty("id").GetGuid()}
                    """);
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"Counters\" WHERE \"Key\" = {CaseStandardUpgrade.Key}");
            return 0;
        });
        Assert.Equal(JsonValueKind.Null, (await t.Staff.GetCaseAsync(untouched)).GetProperty("standardReached").ValueKind);
        app.Clock.Now = Now.AddDays(2);
        Assert.True(await app.InScopeAsync(sp =>
            CaseStandardUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<TimeProvider>())) >= 2);
        var staff = await t.W.ClientFor(t.W.Staff);
        DateTimeOffset At(JsonElement c) => c.GetProperty("standardReached").GetProperty("at").GetDateTimeOffset();
        Assert.Equal(Now, At(await staff.GetCaseAsync(untouched)));
        Assert.Equal(Now.AddDays(2), At(await staff.GetCaseAsync(edited)));
        Assert.Equal(0, await app.InScopeAsync(sp =>
            CaseStandardUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<TimeProvider>())));
    }

    [Fact]
    public async Task The_page_shows_the_mark_asks_the_reason_under_its_field_and_offers_no_fine()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.Staff.HeardAsync(await FlaggedAsync(t));
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        var version = c.GetProperty("version").ToString();
        var html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"standard-mark\"", html);
        Assert.Contains("id=\"values-form\"", html);
        Assert.DoesNotContain("value=\"Fine\"", html);

        var bare = await page.PostFormAsync(url, [
            new("form", "case-values"), new("version", version), new("violationType", "SellingCounterfeitGoods"),
            new("caseValue", "12000"), new("goodsValue", "15000"), new("adjustmentReason", ""),
        ], url + "?handler=Values");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        var bareHtml = await bare.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-values-adjustmentReason-error\"", bareHtml);
        Assert.Contains("value=\"15000\"", bareHtml);
        Assert.Equal(186_000m, (await t.Staff.GetCaseAsync(c)).GetProperty("goodsValue").GetDecimal());

        var leader = await Pages.SignInAsync(app, t.W.Leader);
        var refused = await leader.PostFormAsync(url, [
            new("form", "case-values"), new("version", version), new("goodsValue", "15000"), new("adjustmentReason", Reason),
        ], url + "?handler=Values");
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);

        var done = await page.PostFormAsync(url, [
            new("form", "case-values"), new("version", version), new("violationType", "SellingCounterfeitGoods"),
            new("caseValue", "12000"), new("goodsValue", "15000"), new("adjustmentReason", Reason),
        ], url + "?handler=Values");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"standard-mark\"", after);
        Assert.Contains("id=\"standard-reached\"", after);
        Assert.Contains("调整至移送标准以下", after);
        Assert.Contains("id=\"decide-limit\"", after);
        Assert.DoesNotContain("value=\"Fine\"", after);
    }

    [Fact]
    public async Task The_losing_tab_of_two_decisions_lands_on_the_case_address_with_the_reason()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.Staff.HeardAsync(await t.OpenAsync(t.Staff));
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var (one, two) = (await Pages.SignInAsync(app, t.W.Staff), await Pages.SignInAsync(app, t.W.LiaisonA));
        KeyValuePair<string, string>[] form = [
            new("form", "case-decide"), new("version", c.GetProperty("version").ToString()), new("penalties", "Warning"),
            new("summary", "警告"),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await one.PostFormAsync(url, form, url + "?handler=Decide")).StatusCode);
        var lost = await two.PostFormAsync(url, form, url + "?handler=Decide");
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        Assert.Equal(url, lost.Headers.Location!.OriginalString);
        Assert.Contains("已被他人修改", await (await two.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Single((await t.Staff.GetCaseAsync(c)).GetProperty("events").EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "Decided");
    }

    [Fact]
    public async Task A_unit_filter_the_reader_cannot_see_lists_nothing_and_the_page_says_so()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        await t.OpenAsync(t.Staff);
        var unknown = Guid.NewGuid();
        var api = await (await t.Staff.GetAsync($"/api/cases?unitId={unknown}")).JsonAsync();
        Assert.Empty(api.GetProperty("items").EnumerateArray());
        Assert.NotEmpty((await (await t.Staff.GetAsync("/api/cases?unitId=abc")).ProblemAsync(HttpStatusCode.BadRequest))
            .ErrorsFor("unitId"));

        var staff = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await staff.GetAsync($"/Cases?unitId={unknown}")).Content.ReadAsStringAsync();
        Assert.Contains("所选承办单位不存在或不在您的查看范围内", html);
        Assert.DoesNotContain("销售假冒牛仔裤案" + t.W.Tag, html);
        var own = await (await staff.GetAsync($"/Cases?unitId={t.W.UnitA.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("所选承办单位不存在", own);
        Assert.Contains("销售假冒牛仔裤案" + t.W.Tag, own);
        var liaison = await Pages.SignInAsync(app, t.W.LiaisonA);
        Assert.Contains("所选承办单位不存在", await (await liaison.GetAsync($"/Cases?unitId={t.W.UnitB.Id}")).Content.ReadAsStringAsync());
    }
}

[Collection("Sqlite")]
public sealed class CaseStandardSqlite(SqliteFactory f) : CaseStandardTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseStandardPostgres(PostgresFactory f) : CaseStandardTests(f.WithClockReset());
