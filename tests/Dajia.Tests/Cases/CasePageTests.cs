using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// The case page's goods, transfer and documents forms as a browser without JavaScript posts them: bad input comes back
/// under its field as typed and changes nothing; a reader who may not act sees no form and is refused if they post.
/// </summary>
public abstract class CasePageTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string> Exhibit(string quantity = "120", string value = "36000") => new()
    {
        ["form"] = "exhibit-add", ["item"] = "牛仔裤", ["brand"] = "某品牌", ["quantity"] = quantity, ["unit"] = "Strip",
        ["value"] = value, ["storagePlace"] = "分局罚没物品仓库",
    };

    private static async Task<JsonElement> GoodsAsync(HttpClient api, Guid caseId) =>
        await (await api.GetAsync($"/api/cases/{caseId}/exhibits")).JsonAsync();

    [Fact]
    public async Task Goods_typed_wrong_come_back_under_their_fields_and_right_ones_are_listed_corrected_and_disposed_of()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var url = $"/Cases/{caseId}";

        var bad = await page.PostFormAsync(url, Exhibit(quantity: "一百二十", value: "-5"), url + "?handler=AddExhibit");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"exhibit-add-quantity-error\"", html);
        Assert.Contains("id=\"exhibit-add-value-error\"", html);
        Assert.Contains("value=\"一百二十\"", html);
        Assert.Contains("value=\"分局罚没物品仓库\"", html);
        Assert.Equal(0, (await GoodsAsync(t.Staff, caseId)).GetProperty("items").GetArrayLength());

        var added = await page.PostFormAsync(url, Exhibit(), url + "?handler=AddExhibit");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = (await GoodsAsync(t.Staff, caseId)).GetProperty("items")[0];
        var id = row.GetProperty("id").GetGuid();
        var version = row.GetProperty("version").GetInt32();
        var shown = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("120 条", shown);
        Assert.Contains("36,000.00", shown);

        var edit = new Dictionary<string, string>(Exhibit(quantity: "118")) { ["form"] = $"exhibit-edit-{id:N}" };
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(url,
            new Dictionary<string, string>(edit) { ["exhibitId"] = id.ToString(), ["version"] = version.ToString() },
            url + "?handler=EditExhibit")).StatusCode);
        // The version the page showed before the correction is stale now: refused, nothing changed, and the answer comes
        // back on the case's own address with the reason (as the case's steps do), not on ?handler=….
        var stale = await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = $"exhibit-dispose-{id:N}", ["exhibitId"] = id.ToString(), ["version"] = version.ToString(),
            ["disposal"] = "Destroyed", ["on"] = "2017-09-20",
        }, url + "?handler=DisposeExhibit");
        Assert.Equal(url, stale.Headers.Location!.OriginalString);
        Assert.Contains("已被他人修改", await (await page.GetAsync(url)).Content.ReadAsStringAsync());
        row = (await GoodsAsync(t.Staff, caseId)).GetProperty("items")[0];
        Assert.Equal(118m, row.GetProperty("quantity").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("disposal").ValueKind);

        var future = await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = $"exhibit-dispose-{id:N}", ["exhibitId"] = id.ToString(), ["version"] = row.GetProperty("version").ToString(),
            ["disposal"] = "Destroyed", ["on"] = "2017-09-21",
        }, url + "?handler=DisposeExhibit");
        Assert.Contains($"id=\"exhibit-dispose-{id:N}-on-error\"", await future.Content.ReadAsStringAsync());
        var disposed = await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = $"exhibit-dispose-{id:N}", ["exhibitId"] = id.ToString(), ["version"] = row.GetProperty("version").ToString(),
            ["disposal"] = "Destroyed", ["on"] = "2017-09-20", ["note"] = "监督销毁",
        }, url + "?handler=DisposeExhibit");
        Assert.Equal(HttpStatusCode.Redirect, disposed.StatusCode);
        Assert.Contains("销毁（2017-09-20）", await (await page.GetAsync(url)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_leader_sees_the_cards_without_forms_and_is_refused_when_posting_another_units_liaison_sees_nothing()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(caseValue: 60_000m);
        var url = $"/Cases/{caseId}";
        var keeper = await (await (await Pages.SignInAsync(app, t.W.LiaisonA)).GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"exhibit-add-form\"", keeper);
        Assert.Contains("id=\"transfer-report-form\"", keeper);
        Assert.Contains("id=\"issue-document-form\"", keeper);

        var leader = await Pages.SignInAsync(app, t.W.Leader);
        var html = await (await leader.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"exhibits\"", html);
        Assert.Contains("id=\"transfer-flag\"", html);
        Assert.DoesNotContain("<form method=\"post\"", html.Split("id=\"exhibits\"")[1].Split("id=\"history\"")[0]);
        var posted = await leader.PostFormAsync(url, Exhibit(), url + "?handler=AddExhibit");
        Assert.Equal("/Account/AccessDenied", posted.Headers.Location!.AbsolutePath);
        Assert.Equal(0, (await GoodsAsync(t.Staff, caseId)).GetProperty("items").GetArrayLength());

        var other = await Pages.SignInAsync(app, t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_flagged_case_is_reported_to_the_police_from_the_page_and_its_late_step_is_marked_overdue()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(caseValue: 60_000m);
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var url = $"/Cases/{caseId}";
        var html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("已达到", html.Split("id=\"transfer-flag\"")[1].Split("</p>")[0]);

        var bad = await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = "transfer-report", ["police"] = " ", ["note"] = "案值六万元，涉嫌销售假冒注册商标的商品罪",
        }, url + "?handler=ReportTransfer");
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"transfer-report-police-error\"", badHtml);
        Assert.Contains("案值六万元，涉嫌销售假冒注册商标的商品罪</textarea>", badHtml);
        Assert.Equal(JsonValueKind.Null,
            (await (await t.Staff.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync()).GetProperty("transfer").ValueKind);

        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = "transfer-report", ["police"] = "中山市公安局大涌分局", ["note"] = "案值六万元，涉嫌销售假冒注册商标的商品罪",
        }, url + "?handler=ReportTransfer")).StatusCode);
        // Three days to approve; on the sixth it is late, and the page says so.
        app.Clock.Now = Now.AddDays(6);
        page = await Pages.SignInAsync(app, t.W.Staff);
        var api = await t.W.ClientFor(t.W.Staff);
        html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"Overdue\"", html.Split("id=\"transfer-clocks\"")[1]);
        Assert.Contains("中山市公安局大涌分局", html);
        // The reporter is not offered the head's approval; another office member is.
        Assert.DoesNotContain("id=\"transfer-approve-form\"", html);
        Assert.Contains("id=\"transfer-head-hint\"", html);
        page = await Pages.SignInAsync(app, t.W.Admin);
        Assert.Contains("id=\"transfer-approve-form\"", await (await page.GetAsync(url)).Content.ReadAsStringAsync());

        var view = await (await api.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync();
        var version = view.GetProperty("transfer").GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(url, new Dictionary<string, string>
        {
            ["form"] = "transfer-approve", ["step"] = "approve", ["version"] = version.ToString(),
        }, url + "?handler=TransferStep")).StatusCode);
        var after = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"transfer-hand-over-form\"", after);
        Assert.Equal("Approved",
            (await (await api.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync()).GetProperty("transfer").GetProperty("status")
            .GetString());
    }

    [Fact]
    public async Task Deciding_numbers_the_decision_from_the_units_prefix_and_counter_and_the_page_shows_it()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var admin = await t.W.ClientFor(t.W.Admin);
        var unit = await (await admin.GetAsync($"/api/units/{t.W.UnitA.Id}")).JsonAsync();
        await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{t.W.UnitA.Id}/document-prefix", new { prefix = "中市监大涌" },
            unit.GetProperty("version").GetInt32())).JsonAsync();
        var numbers = new List<string>();
        foreach (var fine in new[] { 5_000m, 8_000m })
        {
            var c = await t.OpenAsync(t.Staff);
            await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine, summary = "罚款" })).JsonAsync();
            var docs = await (await t.Staff.GetAsync($"/api/cases/{c.GetProperty("id").GetGuid()}/documents")).JsonAsync();
            var decision = docs.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "PenaltyDecision");
            numbers.Add(decision.GetProperty("number").GetString()!);
            var page = await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Cases/{c.GetProperty("id").GetGuid()}");
            Assert.Contains($"<dd id=\"decision-number\">{numbers[^1]}</dd>", await page.Content.ReadAsStringAsync());
        }
        Assert.Equal(["中市监大涌处字〔2017〕1号", "中市监大涌处字〔2017〕2号"], numbers);
    }

    [Fact]
    public async Task The_units_prefix_is_set_on_its_page_by_an_administrator_only_with_chinese_messages()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var url = $"/Units/{t.W.UnitA.Id}";
        var admin = await Pages.SignInAsync(app, t.W.Admin);
        var unit = await (await (await t.W.ClientFor(t.W.Admin)).GetAsync($"/api/units/{t.W.UnitA.Id}")).JsonAsync();
        var version = unit.GetProperty("version").ToString();

        var bad = await admin.PostFormAsync(url, [new("prefix", "中市监〔大涌"), new("version", version)], url + "?handler=DocumentPrefix");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"prefix-error\"", html);
        Assert.True(Http.HasChinese(html.Split("id=\"prefix-error\">")[1].Split("<")[0]));
        Assert.Contains("value=\"中市监〔大涌\"", html);

        var staff = await Pages.SignInAsync(app, t.W.Staff);
        Assert.DoesNotContain("id=\"document-prefix-form\"", await (await staff.GetAsync(url)).Content.ReadAsStringAsync());
        var refused = await staff.PostFormAsync(url, [new("prefix", "乱改"), new("version", version)], url + "?handler=DocumentPrefix");
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);

        var ok = await admin.PostFormAsync(url, [new("prefix", "中市监大涌"), new("version", version)], url + "?handler=DocumentPrefix");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        unit = await (await (await t.W.ClientFor(t.W.Admin)).GetAsync($"/api/units/{t.W.UnitA.Id}")).JsonAsync();
        Assert.Equal("中市监大涌", unit.GetProperty("documentPrefix").GetString());
    }
}

[Collection("Sqlite")]
public sealed class CasePageSqlite(SqliteFactory f) : CasePageTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CasePagePostgres(PostgresFactory f) : CasePageTests(f.WithClockReset());
