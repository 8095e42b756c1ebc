using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

/// <summary>Creating and editing an action accept only records inside the user's jurisdiction; numbers never collide.</summary>
public abstract class OperationScopeTests(DajiaFactory app)
{
    private static async Task<Guid> AreaAsync(HttpClient staff, string name) =>
        (await (await staff.PostAsJsonAsync("/api/key-areas", new { name, kind = "Market" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<Guid> StallAsync(HttpClient staff, string name) =>
        await IdAsync(staff.PostAsJsonAsync("/api/entities", new { name, kind = "Stall", stallNumber = "B001" }));

    private static async Task<Guid> IdAsync(Task<HttpResponseMessage> created) =>
        (await (await created).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static object Joint(World w, Guid? keyAreaId = null, Guid[]? invited = null, Guid? lead = null) => new
    {
        kind = "JointInspection", title = "联合检查" + w.Tag, startsAt = "2017-09-26T01:00:00Z", leadUnitId = lead ?? w.Office.Id,
        keyAreaId, invitedUnitIds = invited ?? [w.UnitA.Id], personnel = 4,
    };

    private static async Task<string> FieldErrorAsync(Task<HttpResponseMessage> request, string field)
    {
        var problem = await (await request).ProblemAsync(HttpStatusCode.BadRequest);
        return problem.ErrorsFor(field).Single();
    }

    [Fact]
    public async Task An_edit_passes_the_same_checks_as_creating_and_unknown_ids_are_a_400_never_a_500()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var (w, x) = (await World.CreateAsync(app), await World.CreateAsync(app));
        var (staff, other) = (await w.ClientFor(w.Staff), await x.ClientFor(x.Staff));
        var (area, foreignArea) = (await AreaAsync(staff, "布业城" + w.Tag), await AreaAsync(other, "布业城" + x.Tag));
        var op = await (await staff.PostAsJsonAsync("/api/operations", Joint(w, area))).JsonAsync(HttpStatusCode.Created);
        var id = op.GetProperty("id").GetGuid();

        // Creating: another town's lead unit, invited unit or key area, or an id nobody has, names the field.
        Assert.Equal("牵头单位不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PostAsJsonAsync("/api/operations", Joint(w, lead: x.Office.Id)), "leadUnitId"));
        Assert.Equal("受邀单位不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PostAsJsonAsync("/api/operations", Joint(w, invited: [x.UnitA.Id])), "invitedUnitIds"));
        Assert.Equal("受邀单位不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PostAsJsonAsync("/api/operations", Joint(w, invited: [Guid.NewGuid()])), "invitedUnitIds"));
        Assert.Equal("重点整治区域不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PostAsJsonAsync("/api/operations", Joint(w, foreignArea)), "keyAreaId"));

        // Editing: the same answers, and the action is left as it was.
        var url = $"/api/operations/{id}";
        Assert.Equal("受邀单位不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, area, [w.UnitA.Id, x.UnitB.Id])), "invitedUnitIds"));
        Assert.Equal("受邀单位不存在或不在管辖范围内",
            await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, area, [Guid.NewGuid()])), "invitedUnitIds"));
        Assert.Equal("重点整治区域不存在或不在管辖范围内", await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, foreignArea)), "keyAreaId"));
        Assert.Equal("重点整治区域不存在或不在管辖范围内", await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, Guid.NewGuid())), "keyAreaId"));
        Assert.Equal("牵头单位不存在或不在管辖范围内", await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, area, lead: x.Office.Id)), "leadUnitId"));
        Assert.Equal("牵头单位创建后不能更改", await FieldErrorAsync(staff.PutAsJsonAsync(url, Joint(w, area, lead: w.UnitB.Id)), "leadUnitId"));
        var unchanged = await (await staff.GetAsync(url)).JsonAsync();
        Assert.Equal(area, unchanged.GetProperty("keyAreaId").GetGuid());
        var units = unchanged.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid());
        Assert.Equal(new[] { w.Office.Id, w.UnitA.Id }.Order(), units.Order());
        Assert.DoesNotContain(x.Tag, unchanged.GetRawText());

        // A good edit goes through.
        var edited = await (await staff.PutAsJsonAsync(url, Joint(w, area, [w.UnitA.Id, w.UnitB.Id]))).JsonAsync();
        Assert.Equal(3, edited.GetProperty("units").GetArrayLength());

        // An action of another town, or none at all, is not found: for edits and for everything else done to it.
        var foreign = await IdAsync(other.PostAsJsonAsync("/api/operations", Joint(x)));
        await (await staff.PutAsJsonAsync($"/api/operations/{foreign}", Joint(w))).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.PutAsJsonAsync($"/api/operations/{Guid.NewGuid()}", Joint(w))).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.GetAsync($"/api/operations/{foreign}")).ProblemAsync(HttpStatusCode.NotFound);
        var inspection = new { marketEntityId = Guid.NewGuid(), result = "NoProblem" };
        await (await staff.PostAsJsonAsync($"/api/operations/{foreign}/inspections", inspection)).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.DeleteAsync($"/api/operations/{id}/inspections/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inspections_and_answers_name_only_entities_and_units_of_the_users_jurisdiction()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var (w, x) = (await World.CreateAsync(app), await World.CreateAsync(app));
        var (staff, other) = (await w.ClientFor(w.Staff), await x.ClientFor(x.Staff));
        var (stall, foreignStall) = (await StallAsync(staff, "摊位" + w.Tag), await StallAsync(other, "摊位" + x.Tag));
        var id = await IdAsync(staff.PostAsJsonAsync("/api/operations", Joint(w)));
        var url = $"/api/operations/{id}";

        foreach (var marketEntityId in new[] { foreignStall, Guid.NewGuid() })
        {
            var r = staff.PostAsJsonAsync($"{url}/inspections", new { marketEntityId, result = "NoProblem" });
            Assert.Equal("请选择管辖范围内的经营主体", await FieldErrorAsync(r, "marketEntityId"));
        }
        var longNotes = new { marketEntityId = stall, result = "NoProblem", notes = new string('字', 1001) };
        Assert.Equal("不能超过 1000 个字", await FieldErrorAsync(staff.PostAsJsonAsync($"{url}/inspections", longNotes), "notes"));
        await (await staff.PostAsJsonAsync($"{url}/inspections", new { marketEntityId = stall, result = "NoProblem" })).JsonAsync();

        // The office answers for an invited unit: one it did not invite, or an unknown id, is refused by name.
        foreach (var unitId in new[] { x.UnitA.Id, Guid.NewGuid() })
        {
            var r = staff.PostAsJsonAsync($"{url}/participation/confirm", new { unitId });
            Assert.Equal("请选择受邀参加此次行动的单位", await FieldErrorAsync(r, "unitId"));
        }
        await (await staff.PostAsJsonAsync($"{url}/participation/confirm", new { unitId = w.UnitA.Id })).JsonAsync();

        // A liaison leads only their own unit's daily supervision.
        var a = await w.ClientFor(w.LiaisonA);
        Assert.Equal("联络员只能记录本单位牵头的行动", await FieldErrorAsync(a.PostAsJsonAsync("/api/operations",
            new { kind = "DailySupervision", title = "巡查", startsAt = "2017-09-20T01:00:00Z", leadUnitId = w.UnitB.Id }), "leadUnitId"));
    }

    [Fact]
    public async Task The_new_action_page_refuses_another_towns_unit_with_the_same_message()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var (w, x) = (await World.CreateAsync(app), await World.CreateAsync(app));
        var page = await Pages.SignInAsync(app, w.Staff);
        var r = await page.PostFormAsync("/Operations/New", new Dictionary<string, string>
        {
            ["Kind"] = "JointInspection", ["Title"] = "联合检查" + w.Tag, ["StartsAt"] = "2017-09-26T09:00",
            ["LeadUnitId"] = x.Office.Id.ToString(),
            ["InvitedUnitIds"] = w.UnitA.Id.ToString(), ["Personnel"] = "2", ["Vehicles"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("牵头单位不存在或不在管辖范围内", await r.Content.ReadAsStringAsync());
        var list = await (await (await w.ClientFor(w.Staff)).GetAsync("/api/operations")).JsonAsync();
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Ten_actions_created_at_once_get_ten_distinct_consecutive_numbers()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "SpecialAction", title = $"专项行动{i}", startsAt = "2017-10-10T01:00:00Z", leadUnitId = w.Office.Id,
        })));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"XD-2017-{n:000}"), numbers.Order(StringComparer.Ordinal));

        // The next one carries on from the counter, in the same year; another year starts again at 001.
        var next = await (await staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "SpecialAction", title = "专项行动", startsAt = "2017-12-10T01:00:00Z", leadUnitId = w.Office.Id,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("XD-2017-011", next.GetProperty("number").GetString());
        var nextYear = await (await staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "SpecialAction", title = "专项行动", startsAt = "2018-01-10T01:00:00Z", leadUnitId = w.Office.Id,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("XD-2018-001", nextYear.GetProperty("number").GetString());
    }
}

[Collection("Sqlite")]
public sealed class OperationScopeSqlite(SqliteFactory f) : OperationScopeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class OperationScopePostgres(PostgresFactory f) : OperationScopeTests(f.WithClockReset());
