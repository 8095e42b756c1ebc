using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

public abstract partial class CluesApiTests(DajiaFactory app)
{
    private static object Report(string description, bool anonymous = false, string kind = "Report") => new
    {
        kind, category = "FakeBrand", product = "牛仔裤", brand = "耐克", merchantName = "岚田布业城A区012号", description, anonymous,
        informantName = anonymous ? null : "陈秘密", informantMobile = anonymous ? null : "13912345678",
        informantIdNumber = anonymous ? null : "11010519491231002X",
    };

    private Task<(string Code, string Key)> SubmitAsync(World w, object body, string? idempotencyKey = null) =>
        app.CreateClient().ReportAsync(new Dictionary<string, object?>(
            JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!)
        { ["jurisdictionId"] = w.Town.Id },
                idempotencyKey);

    [Fact]
    public async Task A_report_goes_from_the_public_through_triage_and_verification_to_closed_on_time()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var (code, key) = await SubmitAsync(w, Report($"有摊位出售假冒耐克牛仔裤 {w.Tag}"));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        app.Clock.Now = new DateTimeOffset(2017, 9, 29, 2, 0, 0, TimeSpan.Zero);
        var staff2 = await w.ClientFor(w.Staff);
        var assigned = await (await staff2.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        var verifyDue = assigned.GetProperty("deadlines")
            .EnumerateArray().Single(d => d.GetProperty("ruleCode").GetString() == "clue.verify");
        // 2017 rule: 7 working days from 29 Sep; 30 Sep counts, 1–8 Oct do not.
        Assert.Equal("2017-10-16", verifyDue.GetProperty("dueOn").GetString());

        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var bad = await (await a.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "Maybe", notes = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(bad.ErrorsFor("result"));
        var verified = await (await a.PostAsJsonAsync($"/api/clues/{id}/verify",
            new { result = "True", notes = "现场查获假冒耐克牛仔裤 36 条", caseReference = "AJ-2017-0007" })).JsonAsync();
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        // Telling the informant within 5 wd became a rule in 2020: a 2017 clue has no such deadline.
        Assert.DoesNotContain(verified.GetProperty("deadlines").EnumerateArray(), d =>
            d.GetProperty("ruleCode").GetString() == "informant.notify");
        await (await a.PostAsJsonAsync($"/api/clues/{id}/close", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await staff2.PostAsJsonAsync($"/api/clues/{id}/notify", new { how = "短信告知" })).JsonAsync();
        var closed = await (await staff2.PostAsJsonAsync($"/api/clues/{id}/close",
            new { notes = "办结", publicOutcome = "经核查，您反映的问题属实，已依法查处。" })).JsonAsync();
        Assert.All(closed.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("MetOnTime", d.GetProperty("state").GetString()));

        var anonymous = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code}");
        request.Headers.Add("X-Access-Key", key);
        var track = await (await anonymous.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("\"statusText\":\"已办结\"", track);
        Assert.Contains("已交职能部门核查", track);
        foreach (var secret in new[] { "陈秘密", "13912345678", "11010519491231002X", w.UnitA.Name, w.LiaisonA,
            "AJ-2017" }) Assert.DoesNotContain(secret, track);
    }

    [Fact]
    public async Task Since_2020_a_real_name_informant_must_be_told_within_5_working_days()
    {
        app.Clock.Now = new DateTimeOffset(2021, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report("实名举报 " + w.Tag));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitB.Id })).JsonAsync();
        var b = await w.ClientFor(w.LiaisonB);
        await (await b.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var verified = await (await b.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "False", notes = "未发现假冒商品" })).JsonAsync();
        // Telling the informant is the office's duty: the unit does not see that time limit, the office does.
        Assert.DoesNotContain(verified.GetProperty("deadlines").EnumerateArray(), d =>
            d.GetProperty("ruleCode").GetString() == "informant.notify");
        var seen = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        var notify = seen.GetProperty("deadlines")
            .EnumerateArray().Single(d => d.GetProperty("ruleCode").GetString() == "informant.notify");
        Assert.Equal("2021-10-11", notify.GetProperty("dueOn").GetString()); // 29, 30 Sep, then 8 (make-up), 9 (make-up Sat), 11 Oct
    }

    [Fact]
    public async Task A_wrong_key_and_an_unknown_code_are_the_same_404()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var (code, _) = await SubmitAsync(w, Report("匿名举报假冒商标布料 " + w.Tag, anonymous: true));
        async Task<string> Ask(string c, string k)
        {
            var r = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{c}");
            r.Headers.Add("X-Access-Key", k);
            var response = await app.CreateClient().SendAsync(r);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return (await response.Content.ReadAsStringAsync()).Split("\"traceId\"")[0];
        }
        Assert.Equal(await Ask(code, "WRONGKEY"), await Ask("DJNOSUCHCODE", "WRONGKEY"));
    }

    [Fact]
    public async Task The_same_idempotency_key_gives_the_same_clue_and_never_a_second()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var key = "idem-" + w.Tag;
        var first = await SubmitAsync(w, Report("重复提交测试 " + w.Tag), key);
        var second = await SubmitAsync(w, Report("重复提交测试 " + w.Tag), key);
        Assert.Equal(first, second);
        var staff = await w.ClientFor(w.Staff);
        Assert.Equal(1, (await (await staff.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_reports_name_every_field()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var response = await app.CreateClient().PostAsJsonAsync("/api/public/reports", new
        {
            jurisdictionId = w.Town.Id, kind = "Gossip", description = "短", anonymous = false, informantMobile = "123",
            informantIdNumber = "110105194912310021",
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["description", "informantIdNumber", "informantMobile", "informantName", "kind"],
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        var anonymousComplaint = await (await app.CreateClient()
            .PostAsJsonAsync("/api/public/reports",
                new { jurisdictionId = w.Town.Id, kind = "Complaint", description = "买到假货要求退款", anonymous = true }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(anonymousComplaint.ErrorsFor("anonymous"));
    }

    [Fact]
    public async Task Identities_stay_hidden_from_lists_details_and_liaisons_and_a_reveal_needs_a_reason_and_is_recorded()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report("实名举报假冒耐克 " + w.Tag));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        foreach (var client in new[] { staff, await w.ClientFor(w.Leader), await w.ClientFor(w.LiaisonA), await w.ClientFor(w.Admin) })
        {
            var list = await (await client.GetAsync("/api/clues")).Content.ReadAsStringAsync();
            var detail = await (await client.GetAsync($"/api/clues/{id}")).Content.ReadAsStringAsync();
            foreach (var secret in new[] { "陈秘密", "13912345678", "11010519491231002X" })
            {
                Assert.DoesNotContain(secret, list);
                Assert.DoesNotContain(secret, detail);
            }
            Assert.Contains("举报人 #", detail);
        }
        var b = await w.ClientFor(w.LiaisonB);
        await (await b.GetAsync($"/api/clues/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await b.GetAsync("/api/clues")).JsonAsync()).GetProperty("total").GetInt32());
        // The index-first search path keeps the same scope: B finds nothing, A finds its own clue.
        Assert.Equal(0, (await (await b.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(1,
            (await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
        await (await (await w.ClientFor(w.LiaisonA)).PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "需要联系举报人" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var noReason = await (await staff.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(noReason.ErrorsFor("reason"));
        var identity = await (await staff.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "核实举报细节需电话联系" })).JsonAsync();
        Assert.Equal(("陈秘密", "13912345678"), (identity.GetProperty("name").GetString(), identity.GetProperty("mobile").GetString()));
        var audit = await (await (await w.ClientFor(w.Admin)).GetAsync("/api/audit?entityType=InformantReveal"))
            .Content.ReadAsStringAsync();
        Assert.Contains("核实举报细节需电话联系", audit);
        var informantAudit = await (await (await w.ClientFor(w.Admin)).GetAsync("/api/audit?entityType=Informant"))
            .Content.ReadAsStringAsync();
        Assert.DoesNotContain("陈秘密", informantAudit);
    }

    [Fact]
    public async Task Illegal_moves_are_409_and_change_nothing()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report("非法流转测试 " + w.Tag, anonymous: true));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        var early = await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "x" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("线索当前状态不允许此操作", early.GetProperty("detail").GetString());
        // A missing reason is the caller's input, named as such (400), not a state conflict.
        Assert.Single((await (await staff.PostAsJsonAsync($"/api/clues/{id}/reject", new { })).ProblemAsync(HttpStatusCode.BadRequest))
            .ErrorsFor("reason"));
        var after = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal("Received", after.GetProperty("status").GetString());
        Assert.Equal(1, after.GetProperty("events").GetArrayLength());
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/reject", new { reason = "不属于打假范围" })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_character_chinese_terms_are_found()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w,
            new { kind = "Report", description = $"市场里有人卖仿冒运动鞋 {w.Tag}", product = "运动鞋", brand = "耐克", anonymous = true });
        await SubmitAsync(w, new { kind = "Report", description = $"布行出售无厂名厂址的牛仔布 {w.Tag}", anonymous = true });
        var staff = await w.ClientFor(w.Staff);
        async Task<int> Count(string q) =>
            (await (await staff.GetAsync($"/api/clues?q={Uri.EscapeDataString(q + " " + w.Tag)}")).JsonAsync())
                .GetProperty("total").GetInt32();
        Assert.Equal(1, await Count("耐克"));
        Assert.Equal(1, await Count("牛仔"));
        Assert.Equal(1, await Count("无厂名厂址"));
        Assert.Equal(1, await Count("售")); // a single character, found inside "出售"
        Assert.Equal(0, await Count("阿迪"));
        await (await app.CreateClient().GetAsync("/api/clues")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Likely_duplicates_are_suggested_merged_and_the_export_and_hot_spots_hold_no_identity()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report($"岚田布业城A区012号卖假冒耐克牛仔裤 {w.Tag}"));
        await SubmitAsync(w, Report($"岚田布业城A区012号出售假冒耐克牛仔裤，吊牌粗糙 {w.Tag}"));
        var staff = await w.ClientFor(w.Staff);
        var list = (await (await staff.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var (newer, older) = (list[0].GetProperty("id").GetGuid(), list[1].GetProperty("id").GetGuid());
        var suggestions = (await (await staff.GetAsync($"/api/clues/{newer}/duplicates")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(older, suggestions[0].GetProperty("id").GetGuid());
        var merged = await (await staff.PostAsJsonAsync($"/api/clues/{newer}/duplicate", new { duplicateOfId = older })).JsonAsync();
        Assert.Equal(("Duplicate", older), (merged.GetProperty("status").GetString(), merged.GetProperty("duplicateOfId").GetGuid()));

        var xlsx = await (await staff.GetAsync($"/api/clues/export.xlsx?q={w.Tag}")).Content.ReadAsByteArrayAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, startCell: "A2")
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        var text = string.Join("|", rows.SelectMany(r => r.Values).Select(v => v?.ToString()));
        foreach (var secret in new[] { "陈秘密", "13912345678", "11010519491231002X" }) Assert.DoesNotContain(secret, text);
        var hot = await (await staff.GetAsync("/api/clues/hotspots?from=2000-01-01&to=2099-12-31")).JsonAsync();
        // The merged duplicate is one sale told twice: it is not counted again.
        Assert.Contains(hot.GetProperty("byMerchant").EnumerateArray(), m =>
            m.GetProperty("key").GetString() == "岚田布业城A区012号" && m.GetProperty("count").GetInt32() == 1);
        Assert.DoesNotContain("陈秘密", hot.ToString());
    }

    [Fact]
    public async Task A_unit_asks_for_more_time_and_the_office_approval_moves_the_deadline()
    {
        app.Clock.Now = new DateTimeOffset(2021, 9, 22, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report("延期测试 " + w.Tag, anonymous: true));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var assigned = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        Assert.Equal("2021-10-18", assigned.GetProperty("deadlines")[0].GetProperty("dueOn").GetString()); // 15 wd across National Day 2021
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/extension", new { reason = "需送检鉴定" })).JsonAsync();
        await (await a.PostAsJsonAsync($"/api/clues/{id}/approve-extension", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        var approved = await (await staff.PostAsJsonAsync($"/api/clues/{id}/approve-extension", new { })).JsonAsync();
        Assert.Equal("2021-11-08", approved.GetProperty("deadlines")[0].GetProperty("dueOn").GetString());
        await (await a.PostAsJsonAsync($"/api/clues/{id}/extension", new { reason = "再延一次" })).JsonAsync();
        var refused = await (await staff.PostAsJsonAsync($"/api/clues/{id}/approve-extension", new { }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("已用完可批准的延长次数", refused.GetProperty("detail").GetString());
        var after = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(("再延一次", "2021-11-08"),
            (after.GetProperty("extensionRequest").GetString(), after.GetProperty("deadlines")[0].GetProperty("dueOn").GetString()));
        // 交办情况 shows the due date in effect; the one set at 交办 only as 原期限.
        var page = await Pages.SignInAsync(app, w.Staff);
        var html = await (await page.GetAsync($"/Clues/{id}")).Content.ReadAsStringAsync();
        var due = html.Split("id=\"assignment-due\">")[1].Split("</dd>")[0];
        Assert.StartsWith("2021-11-08", due.Trim());
        Assert.Contains("原期限 2021-10-18", due);
    }
}

[Collection("Sqlite")]
public sealed class CluesApiSqlite(SqliteFactory f) : CluesApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CluesApiPostgres(PostgresFactory f) : CluesApiTests(f.WithClockReset());
