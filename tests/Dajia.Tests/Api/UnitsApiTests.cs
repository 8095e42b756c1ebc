using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

public abstract class UnitsApiTests(DajiaFactory app)
{
    private static object Liaison(string mobile = "13912345678", string? email = "wang@example.com") => new
    {
        name = "王小明", gender = "男", title = "综合股", officePhone = "0760-87112233", mobile, fax = "87112234", email,
    };

    private Task<int> LiaisonRowsAsync(Guid unitId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Liaisons.CountAsync(l => l.UnitId == unitId));

    [Fact]
    public async Task Units_list_shows_code_kind_and_current_liaison_of_my_town_only()
    {
        var w = await World.CreateAsync(app);
        var other = await World.CreateAsync(app);
        var json = await (await (await w.ClientFor(w.Staff)).GetAsync("/api/units")).JsonAsync();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var a = items.Single(i => i.GetProperty("id").GetGuid() == w.UnitA.Id);
        Assert.Equal("scjg", a.GetProperty("code").GetString());
        Assert.Equal("Member", a.GetProperty("kind").GetString());
        Assert.Equal("张三", a.GetProperty("liaison").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, items.Single(i => i.GetProperty("id").GetGuid() == w.UnitB.Id).GetProperty("liaison").ValueKind);
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetGuid() == other.UnitA.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await w.ClientFor(w.Staff)).GetAsync($"/api/units/{other.UnitA.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_liaison_sets_their_own_units_liaison_and_the_old_one_stays_in_history()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonA);
        var saved = await (await client.PutAsJsonAsync($"/api/units/{w.UnitA.Id}/liaison", Liaison())).JsonAsync();
        Assert.Equal("王小明", saved.GetProperty("name").GetString());
        Assert.Equal("Male", saved.GetProperty("gender").GetString());
        Assert.Equal(w.LiaisonA, saved.GetProperty("recordedBy").GetString());

        var history = (await (await client.GetAsync($"/api/units/{w.UnitA.Id}/liaisons")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["王小明", "张三"], history.Select(h => h.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("effectiveTo").ValueKind);
        Assert.Equal(history[0].GetProperty("effectiveFrom").GetString(), history[1].GetProperty("effectiveTo").GetString());

        // The same details again change nothing: no new history row.
        await (await client.PutAsJsonAsync($"/api/units/{w.UnitA.Id}/liaison", Liaison())).JsonAsync();
        Assert.Equal(2, await LiaisonRowsAsync(w.UnitA.Id));
    }

    [Fact]
    public async Task A_liaison_cannot_touch_another_unit_and_a_leader_cannot_edit()
    {
        var w = await World.CreateAsync(app);
        var forbidden = await (await w.ClientFor(w.LiaisonB)).PutAsJsonAsync($"/api/units/{w.UnitA.Id}/liaison", Liaison());
        Assert.Equal("无权执行此操作", (await forbidden.ProblemAsync(HttpStatusCode.Forbidden)).Title());
        var leader = await (await w.ClientFor(w.Leader)).PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", Liaison());
        await leader.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await LiaisonRowsAsync(w.UnitA.Id));
        Assert.Equal(0, await LiaisonRowsAsync(w.UnitB.Id));
        // Office roles edit every unit.
        await (await (await w.ClientFor(w.Staff)).PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", Liaison())).JsonAsync();
        Assert.Equal(1, await LiaisonRowsAsync(w.UnitB.Id));
    }

    [Theory]
    [InlineData("1381234567", "mobile", "手机号码应为 11 位数字")]
    [InlineData("12812345678", "mobile", "手机号码应为 11 位数字")]
    [InlineData("", "mobile", "请填写联络员手机号码")]
    public async Task A_bad_mobile_is_a_400_naming_the_field_and_nothing_is_stored(string mobile, string field, string message)
    {
        var w = await World.CreateAsync(app);
        var response = await (await w.ClientFor(w.LiaisonB)).PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", Liaison(mobile));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith(message, problem.ErrorsFor(field).Single());
        Assert.Equal(0, await LiaisonRowsAsync(w.UnitB.Id));
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        var w = await World.CreateAsync(app);
        var body = new { name = "", gender = "未知", officePhone = "12-34", mobile = "abc", fax = "fax", email = "not-mail" };
        var problem = await (await (await w.ClientFor(w.Staff)).PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", body))
            .ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var f in new[] { "name", "gender", "officePhone", "mobile", "fax", "email" })
            Assert.True(Http.HasChinese(problem.ErrorsFor(f).Single()), f);
        Assert.Equal(0, await LiaisonRowsAsync(w.UnitB.Id));
    }

    [Fact]
    public async Task Full_width_digits_from_a_chinese_keyboard_are_accepted()
    {
        var w = await World.CreateAsync(app);
        var saved = await (await (await w.ClientFor(w.LiaisonB)).PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison",
            new { name = " 李 四 ", mobile = "１３９１２３４５６７８", officePhone = "０７６０－８７１１２２３３" })).JsonAsync();
        Assert.Equal("13912345678", saved.GetProperty("mobile").GetString());
        Assert.Equal("0760-87112233", saved.GetProperty("officePhone").GetString());
    }

    [Fact]
    public async Task A_deputy_is_kept_apart_from_the_liaison_and_can_be_removed()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonA);
        await (await client.PutAsJsonAsync($"/api/units/{w.UnitA.Id}/deputy", Liaison("13700001111"))).JsonAsync();
        var unit = await (await client.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal("张三", unit.GetProperty("liaison").GetProperty("name").GetString());
        Assert.Equal("13700001111", unit.GetProperty("deputy").GetProperty("mobile").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/units/{w.UnitA.Id}/deputy")).StatusCode);
        unit = await (await client.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("deputy").ValueKind);
    }

    [Fact]
    public async Task Only_an_admin_creates_units_with_unique_codes()
    {
        var w = await World.CreateAsync(app);
        var body = new { name = "质监站" + w.Tag, code = "zjz", kind = "Member", leader = new { name = "赵六", mobile = "13600001111" } };
        await (await (await w.ClientFor(w.Staff)).PostAsJsonAsync("/api/units", body)).ProblemAsync(HttpStatusCode.Forbidden);
        var admin = await w.ClientFor(w.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/units", body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("zjz", created.GetProperty("code").GetString());
        var again = await (await admin.PostAsJsonAsync("/api/units", body with { })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("同一区域内已有单位使用该代码", again.ErrorsFor("code").Single());
        var bad = await (await admin.PostAsJsonAsync("/api/units", new { name = "", code = "Bad Code", kind = "Other" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(3, bad.GetProperty("errors").EnumerateObject().Count());
    }

    [Fact]
    public async Task An_admin_renames_a_unit_and_the_audit_log_has_before_and_after()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var body = new
        {
            name = "新名称" + w.Tag, code = "scjg", kind = "Member",
            leader = new { name = "李四", title = "副镇长", mobile = "13900139000" }, sortOrder = 10, active = true
        };
        await (await admin.PutAsJsonAsync($"/api/units/{w.UnitA.Id}", body)).JsonAsync();
        var audit = await (await admin.GetAsync($"/api/audit?entityType=Unit&entityId={w.UnitA.Id}")).JsonAsync();
        var change = audit.GetProperty("items").EnumerateArray().First(a => a.GetProperty("action").GetString() == "Modified");
        Assert.Equal(w.Admin, change.GetProperty("userName").GetString());
        Assert.Contains("新名称" + w.Tag, change.GetProperty("changes").GetString());
        Assert.Contains("市场监管分局" + w.Tag, change.GetProperty("changes").GetString());
    }
}

[Collection("Sqlite")]
public sealed class UnitsApiSqlite(SqliteFactory f) : UnitsApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class UnitsApiPostgres(PostgresFactory f) : UnitsApiTests(f.WithClockReset());
