using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dajia.Tests.Cases;

namespace Dajia.Tests.Reach;

/// <summary>
/// One rule for names (a party, the police, goods), no 案由 error that only follows another field's, a mistyped amount
/// named by its field; and the publication summary on the case page, masked as the API masks it.
/// </summary>
public abstract class CaseInputRuleTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private static HashSet<string> Fields(System.Text.Json.JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();

    [Fact]
    public async Task Markup_is_refused_in_the_police_name_and_a_goods_item_as_in_a_party_name_and_nothing_is_stored()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        var party = await (await t.Staff.PostAsJsonAsync("/api/cases", t.Body(new
        {
            partyKind = "Individual", partyName = "<b>王五</b>", partyIdNumber = "11010519491231002X", marketEntityId = (Guid?)null,
        }))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("partyName", Fields(party));

        var police = await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer",
            new { police = "<b>中山市公安局大涌分局</b>", note = "涉嫌犯罪，报请移送" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("名称不能含有", police.GetProperty("errors").GetProperty("police")[0].GetString());
        var item = await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/exhibits", new
        {
            item = "<script>x</script>", quantity = 1, unit = "条", value = 10, storagePlace = "仓库",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("名称不能含有", item.GetProperty("errors").GetProperty("item")[0].GetString());
        Assert.Equal(0, (await (await t.Staff.GetAsync($"/api/cases/{id}/exhibits")).JsonAsync()).GetProperty("items").GetArrayLength());
        var transfer = await (await t.Staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, transfer.GetProperty("transfer").ValueKind);
    }

    [Fact]
    public async Task A_wrong_id_number_is_the_only_error_and_a_mistyped_amount_names_its_field()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var body = new
        {
            partyKind = "Individual", partyName = "王五", partyIdNumber = "110105194912310021", handlingUnitId = t.W.UnitA.Id,
            officerIds = t.OfficersA, violationType = "SellingCounterfeitGoods", facts = "当事人销售假冒牛仔裤",
        };
        var wrongId = await (await t.Staff.PostAsJsonAsync("/api/cases", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["partyIdNumber"], Fields(wrongId));

        var json = System.Text.Json.JsonSerializer.Serialize(t.Body()).Replace("\"caseValue\":12000", "\"caseValue\":\"12abc\"");
        Assert.Contains("12abc", json);
        var amount = await (await t.Staff.PostAsync("/api/cases", new StringContent(json, Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("caseValue", amount.GetProperty("detail").GetString());
        Assert.True(Http.HasChinese(amount.GetProperty("detail").GetString()!));
        Assert.Equal(["caseValue"], Fields(amount));
        Assert.Equal(0, (await (await t.Staff.GetAsync("/api/cases")).JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_case_page_shows_the_publication_summary_to_check_and_copy_with_the_person_masked()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.Staff, new
        {
            partyKind = "Individual", partyName = "王小明", partyIdNumber = "11010519491231002X", marketEntityId = (Guid?)null,
            legalBasis = "《商标法》第六十条第二款",
        });
        var id = c.GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        Assert.DoesNotContain("id=\"publication-summary\"", await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync());

        await t.AtAsync(app, Now.AddDays(20));
        c = await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款五千元" }))
            .JsonAsync();
        await t.Staff.PostAsync($"/api/cases/{id}/documents/PenaltyDecision", null);
        var api = await (await t.Staff.GetAsync($"/api/cases/{id}/publication-summary")).JsonAsync();
        page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync();
        var text = html.Split("id=\"publication-summary-text\"")[1].Split("</textarea>")[0];
        Assert.Contains(api.GetProperty("decisionNumber").GetString()!, text);
        Assert.Contains(api.GetProperty("party").GetString()!, text);
        Assert.Contains("5,000.00", text);
        Assert.Contains("当事人销售假冒某品牌牛仔裤120条", text);
        Assert.DoesNotContain("王小明", html);
        Assert.DoesNotContain("11010519491231002X", html);
    }
}

[Collection("Sqlite")]
public sealed class CaseInputRuleSqlite(SqliteFactory f) : CaseInputRuleTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseInputRulePostgres(PostgresFactory f) : CaseInputRuleTests(f.WithClockReset());
