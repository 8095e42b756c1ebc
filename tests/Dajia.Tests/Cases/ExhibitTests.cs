using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Cases;

namespace Dajia.Tests.Cases;

/// <summary>涉案物品: listed, corrected and disposed of through the case the caller sees; hostile input changes nothing.</summary>
public abstract class ExhibitTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Goods_are_added_corrected_and_disposed_of_once()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        // Destroyed under a decision that confiscates the goods (ExhibitTests' disposal rules).
        var caseId = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        var liaison = await t.W.ClientFor(t.W.LiaisonA);
        var added = await (await t.AddExhibitAsync(liaison, caseId)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Strip", added.GetProperty("unit").GetString());
        var id = added.GetProperty("id").GetGuid();
        var read = await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits/{id}");
        Assert.Equal($"\"{added.GetProperty("version").GetInt32()}\"", read.Headers.ETag!.Tag);

        var edited = await (await t.Staff.SendIfMatchAsync(HttpMethod.Put, $"/api/cases/{caseId}/exhibits/{id}",
            new { item = "牛仔裤", brand = "某品牌", quantity = 118, unit = "Strip", value = 35400, storagePlace = "仓库二" },
            added.GetProperty("version").GetInt32())).JsonAsync();
        Assert.Equal(118m, edited.GetProperty("quantity").GetDecimal());
        // The old version is stale now.
        await (await t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "Destroyed", on = "2017-09-20" }, added.GetProperty("version").GetInt32()))
            .ProblemAsync(HttpStatusCode.Conflict);
        var disposed = await (await t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "销毁", on = "2017-09-20", note = "监督销毁" }, edited.GetProperty("version").GetInt32())).JsonAsync();
        Assert.Equal("Destroyed", disposed.GetProperty("disposal").GetString());
        var again = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "Returned", on = "2017-09-20" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已处置", again.GetProperty("detail").GetString());

        await t.AddExhibitAsync(t.Staff, caseId, new { item = "商标标识", quantity = 2, unit = "批", value = 1200 });
        var list = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits")).JsonAsync();
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        Assert.Equal(36_600m, list.GetProperty("totalValue").GetDecimal());
        Assert.Equal(1, list.GetProperty("undisposed").GetInt32());
    }

    [Theory]
    [InlineData("{\"item\":\"\",\"quantity\":1,\"unit\":\"件\",\"value\":1}", "item")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":-3,\"unit\":\"件\",\"value\":1}", "quantity")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":0.001,\"unit\":\"件\",\"value\":1}", "quantity")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":2.5,\"unit\":\"条\",\"value\":1}", "quantity")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":1,\"unit\":\"吨\",\"value\":1}", "unit")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":1,\"unit\":\"件\",\"value\":-1}", "value")]
    [InlineData("{\"item\":\"牛仔裤\",\"quantity\":1,\"unit\":\"件\",\"value\":99999999999999}", "value")]
    public async Task Hostile_exhibits_are_refused_in_chinese_and_nothing_is_stored(string json, string field)
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync();
        var answer = await t.Staff.PostAsync($"/api/cases/{caseId}/exhibits",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await answer.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(problem.ErrorsFor(field), m => Assert.True(Http.HasChinese(m), m));
        Assert.NotEmpty(problem.ErrorsFor(field));
        var list = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits")).JsonAsync();
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Cloth_by_the_metre_may_have_parts()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync();
        var cloth = await (await t.AddExhibitAsync(t.Staff, caseId, new { item = "牛仔布", quantity = 12.5m, unit = "米", value = 250 }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(12.5m, cloth.GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task A_disposal_date_in_the_future_or_not_a_date_is_refused()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync();
        var id = (await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var on in new[] { "2017-09-21", "2017-13-01", "1900-01-01" })
        {
            var p = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose", new { disposal = "Returned", on }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(p.ErrorsFor("on"));
        }
        var p2 = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
                new { disposal = "Burnt", on = "2017-09-20" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(p2.ErrorsFor("disposal"));
    }

    [Fact]
    public async Task Only_the_handling_unit_and_the_office_keep_the_goods_and_another_town_sees_none()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync();
        var id = (await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await liaisonB.GetAsync($"/api/cases/{caseId}/exhibits")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await t.AddExhibitAsync(liaisonB, caseId)).StatusCode);
        var leader = await t.W.ClientFor(t.W.Leader);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/cases/{caseId}/exhibits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await t.AddExhibitAsync(leader, caseId)).StatusCode);
        var other = await t.W.NeighbourAsync();
        var otherStaff = await other.ClientFor(other.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/cases/{caseId}/exhibits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "Destroyed", on = "2017-09-20" })).StatusCode);
        var list = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits")).JsonAsync();
        Assert.Null(list.GetProperty("items")[0].GetProperty("disposal").GetString());
    }

    [Fact]
    public async Task Goods_a_decision_confiscates_are_not_returned()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        var id = (await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var p = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "Returned", on = "2017-09-20", note = "发还当事人" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能发还", p.GetProperty("detail").GetString());
        var kept = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits/{id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("disposal").ValueKind);
        var html = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<option value=\"Returned\"", html);
        Assert.Contains("<option value=\"Destroyed\"", html);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Goods_go_to_the_police_only_with_the_transfer_never_as_a_disposal_of_their_own(bool decided)
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = decided ? await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now)) : await t.CaseAsync();
        var id = (await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var p = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "HandedToPolice", on = "2017-09-20", note = "中山市公安局大涌分局" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("移交涉案物品", p.GetProperty("detail").GetString());
        var kept = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits/{id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("disposal").ValueKind);
        var html = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<option value=\"HandedToPolice\"", html);
        Assert.Contains(decided ? "<option value=\"Destroyed\"" : "<option value=\"Returned\"", html);
    }

    [Fact]
    public async Task The_goods_list_a_decision_cites_is_fixed_but_its_goods_are_still_disposed_of()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        var added = await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created);
        var id = added.GetProperty("id").GetGuid();
        var number = (await (await t.Staff.PostAsync($"/api/cases/{caseId}/documents/ExhibitList", null)).JsonAsync())
            .GetProperty("number").GetString()!;
        var more = await (await t.AddExhibitAsync(t.Staff, caseId, new { item = "商标标识", quantity = 2, unit = "批", value = 1200 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(number, more.GetProperty("detail").GetString());
        await (await t.Staff.SendIfMatchAsync(HttpMethod.Put, $"/api/cases/{caseId}/exhibits/{id}",
            new { item = "牛仔裤", quantity = 1200, unit = "Strip", value = 360000 }, added.GetProperty("version").GetInt32()))
            .ProblemAsync(HttpStatusCode.Conflict);
        var list = await (await t.Staff.GetAsync($"/api/cases/{caseId}/exhibits")).JsonAsync();
        Assert.Equal((1, 36_000m, number), (list.GetProperty("items").GetArrayLength(), list.GetProperty("totalValue").GetDecimal(),
            list.GetProperty("citedAs").GetString()!));
        var allowed = list.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("disposeExhibit", allowed);
        Assert.DoesNotContain("addExhibit", allowed);
        Assert.DoesNotContain("editExhibit", allowed);
        var html = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"exhibits-cited\"", html);
        Assert.DoesNotContain("exhibit-add-form", html);
        Assert.DoesNotContain("exhibit-edit-", html);
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits/{id}/dispose",
            new { disposal = "Destroyed", on = "2017-09-20" })).JsonAsync();
    }

    [Fact]
    public async Task A_closed_case_takes_no_new_goods()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(change: c =>
        {
            CaseDocsTown.Decide(c, Now);
            c.RecordPayment(new DateOnly(2017, 9, 20), new DateOnly(2017, 10, 5), Now, "staff");
            c.Close(null, Now, "staff");
        });
        var p = await (await t.AddExhibitAsync(t.Staff, caseId)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已结案", p.GetProperty("detail").GetString());
    }
}

[Collection("Sqlite")]
public sealed class ExhibitSqlite(SqliteFactory f) : ExhibitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ExhibitPostgres(PostgresFactory f) : ExhibitTests(f.WithClockReset());
