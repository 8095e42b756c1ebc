using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data.Demo;

namespace Dajia.Tests.Api;

public sealed class DemoSqliteFactory : SqliteFactory
{
    public DemoSqliteFactory() => Clock.Now = DemoNow;

    public static readonly DateTimeOffset DemoNow = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    protected override bool Demo => true;
}

public sealed class DemoPostgresFactory : PostgresFactory
{
    public DemoPostgresFactory() => Clock.Now = DemoSqliteFactory.DemoNow;

    protected override bool Demo => true;
}

public abstract partial class DemoDataTests(DajiaFactory app)
{
    [Fact]
    public async Task The_demo_town_has_its_units_users_and_the_2017_round_with_one_late_and_one_missing()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var units = (await (await staff.GetAsync("/api/units")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(DemoSeeder.MemberUnits.Length + 1, units.Count);
        Assert.Contains(units, u => u.GetProperty("name").GetString() == "大涌镇打假办" && u.GetProperty("kind").GetString() == "Office");

        var round = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("2017-09-19", round.GetProperty("dueOn").GetString());
        var statuses = round.GetProperty("units")
            .EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("status").GetString());
        Assert.Equal("Late", statuses[DemoSeeder.LateUnit]);
        Assert.Equal("Missing", statuses[DemoSeeder.MissingUnit]);
        Assert.Equal(DemoSeeder.MemberUnits.Length - 2, statuses.Values.Count(s => s == "OnTime"));

        foreach (var user in new[] { "office.admin", "leader" }.Concat(DemoSeeder.MemberUnits.Select(m => "liaison." + m.Code)))
            await World.ClientFor(app, user, DemoSeeder.Password);
    }

    [Fact]
    public async Task The_root_admin_of_the_province_keeps_the_calendar_and_the_town_admin_may_not()
    {
        var normalDay = new { kind = "Normal" }; // changes nothing on a plain weekday, so other tests see the same calendar
        var town = await World.ClientFor(app, "office.admin", DemoSeeder.Password);
        await (await town.PutAsJsonAsync("/api/calendar/days/2099-01-06", normalDay)).ProblemAsync(System.Net.HttpStatusCode.Forbidden);
        var root = await World.ClientFor(app, DemoSeeder.RootAdmin, DemoSeeder.Password);
        await (await root.PutAsJsonAsync("/api/calendar/days/2099-01-06", normalDay)).JsonAsync();
        var me = await (await root.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal("省打假办系统管理员", me.GetProperty("displayName").GetString());
        var users = (await (await root.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(users, u => u.GetProperty("userName").GetString() == "office.admin");
        var pages = await Pages.SignInAsync(app, DemoSeeder.RootAdmin, DemoSeeder.Password);
        Assert.Contains("省打假办系统管理员", await pages.GetStringAsync("/"));
        Assert.Contains("调整某日", await pages.GetStringAsync("/Calendar"));
    }

    [Fact]
    public async Task The_demo_has_the_2017_plan_a_live_current_plan_and_the_key_area_with_its_stalls()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var plans = (await (await staff.GetAsync("/api/campaigns")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2026, 2017], plans.Select(p => p.GetProperty("year").GetInt32()));
        var p2017 = plans[1];
        Assert.Equal("2017年大涌镇打假工作方案", p2017.GetProperty("title").GetString());
        Assert.Equal(["组织、排查阶段", "打击整治阶段", "总结验收阶段"],
            p2017.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(("2017-09-19", "2017-12-10"),
            (p2017.GetProperty("liaisonTableDueOn").GetString(), p2017.GetProperty("annualSummaryDueOn").GetString()));
        Assert.Contains("岚田布业城", p2017.GetProperty("fullText").GetString());
        Assert.Equal("总结验收阶段", plans[0].GetProperty("currentStage").GetString()); // 27 Nov 2026
        Assert.Contains(plans[0].GetProperty("upcoming").EnumerateArray(), u => u.GetProperty("kind").GetString() == "AnnualSummary");
        var area = (await (await staff.GetAsync("/api/key-areas")).JsonAsync()).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("岚田布业城", 60), (area.GetProperty("name").GetString(), area.GetProperty("entities").GetInt32()));
        var stalls = await (await staff.GetAsync($"/api/entities?keyAreaId={area.GetProperty("id").GetGuid()}&pageSize=200")).JsonAsync();
        Assert.All(stalls.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("creditCode").ValueKind == JsonValueKind.String),
            e => Assert.True(Dajia.Web.Domain.MarketEntities.CreditCode.Check(e.GetProperty("creditCode").GetString()).Valid));
    }

    [Fact]
    public async Task The_demo_has_2017_clues_carried_to_their_end_and_one_waiting_today()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var body = await (await staff.GetAsync("/api/clues")).Content.ReadAsStringAsync();
        var page = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(7, page.GetProperty("total").GetInt32());
        var statuses = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Closed", "Closed", "Closed", "Closed", "Duplicate", "Received", "Rejected"], statuses.Order());
        Assert.DoesNotContain("欧阳晓", body);
        // A real-name complaint mediated to an agreement, and a real-name report, each closed after its sender was told.
        foreach (var (number, kind) in new[] { ("XS-2017-00006", "Complaint"), ("XS-2017-00001", "Report") })
        {
            var id = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number)
                .GetProperty("id").GetGuid();
            var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
            Assert.Equal((kind, "Closed", true), (clue.GetProperty("kind").GetString(), clue.GetProperty("status").GetString(),
                clue.GetProperty("informantNotifiedAt").ValueKind == JsonValueKind.String));
            Assert.False(string.IsNullOrEmpty(clue.GetProperty("outcome").GetProperty("publicOutcome").GetString()));
            if (kind == "Complaint")
                Assert.Equal("Agreement", clue.GetProperty("outcome").GetProperty("mediation").GetString());
        }
        var liaison = await World.ClientFor(app, "liaison.ga", DemoSeeder.Password);
        Assert.Equal(0, (await (await liaison.GetAsync("/api/clues")).JsonAsync()).GetProperty("total").GetInt32()); // pulled back from ga
        var fresh = await (await staff.PostAsJsonAsync("/api/public/reports",
            new { kind = "Report", description = "再次发现假冒耐克牛仔裤", anonymous = true }))
            .JsonAsync(System.Net.HttpStatusCode.Created);
        Assert.StartsWith("DJ", fresh.GetProperty("trackingCode").GetString());
        var numbers = (await (await staff.GetAsync("/api/clues?status=Received")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Contains("XS-2026-00002", numbers); // the counter continues after the demo's own clue
    }

    [Fact]
    public async Task Demo_people_are_generated_not_the_plans_real_contacts()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var body = await (await staff.GetAsync("/api/units")).Content.ReadAsStringAsync();
        foreach (var real in new[] { "王军军", "任虹", "87866388", "87866383", "971214562" }) Assert.DoesNotContain(real, body);
        var liaison = await World.ClientFor(app, "liaison.scjg", DemoSeeder.Password);
        var me = await (await liaison.GetAsync("/api/auth/me")).JsonAsync();
        var unitId = me.GetProperty("unitId").GetGuid();
        var history = (await (await liaison.GetAsync($"/api/units/{unitId}/liaisons")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, history.Count(h => h.GetProperty("role").GetString() == "Primary"));
        Assert.Equal(1, history.Count(h => h.GetProperty("role").GetString() == "Deputy"));
    }

    [Fact]
    public async Task The_demo_is_one_town_each_account_is_its_units_liaison_and_each_person_keeps_one_gender()
    {
        var admin = await World.ClientFor(app, "office.admin", DemoSeeder.Password);
        var users = (await (await admin.GetAsync("/api/users?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(u => u.GetProperty("userName").GetString()!, u => u.GetProperty("displayName").GetString());
        var units = (await (await admin.GetAsync("/api/units")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(u => u.GetProperty("kind").GetString() == "Member").ToList();
        var genders = new Dictionary<string, string?>();
        foreach (var unit in units)
        {
            var code = unit.GetProperty("code").GetString();
            // The market office has not named its liaison yet (the liaison-table journey starts there).
            var liaison = unit.GetProperty("liaison");
            if (code == DemoSeeder.MissingUnit) Assert.Equal(JsonValueKind.Null, liaison.ValueKind);
            else Assert.Equal(liaison.GetProperty("name").GetString(), users["liaison." + code]);
            var history = (await (await admin.GetAsync($"/api/units/{unit.GetProperty("id").GetGuid()}/liaisons")).JsonAsync())
                .GetProperty("items").EnumerateArray();
            foreach (var h in history)
            {
                var name = h.GetProperty("name").GetString()!;
                var gender = h.GetProperty("gender").GetString();
                Assert.Equal(genders.TryAdd(name, gender) ? gender : genders[name], gender);
            }
        }
        // One person, one unit: no account holder is anyone else in the town.
        var holders = DemoSeeder.MemberUnits.Select(m => users["liaison." + m.Code]).ToList();
        Assert.Equal(holders.Count, holders.Distinct().Count());
        Assert.DoesNotContain(users["liaison." + DemoSeeder.MissingUnit], genders.Keys);
        Assert.Equal(("陈志强", "郭丽娟", "谢国平"), (users["liaison.scjg"], users["liaison.yc"], users["liaison.ltbyc"]));
        Assert.Equal("Female", genders["郑雅婷"]);
        Assert.Equal("Female", genders["彭思琪"]);
    }
}

[Collection("Sqlite")]
public sealed class DemoDataSqlite(DemoSqliteFactory f) : DemoDataTests(f), IClassFixture<DemoSqliteFactory>;

[Collection("Postgres")]
public sealed class DemoDataPostgres(DemoPostgresFactory f) : DemoDataTests(f), IClassFixture<DemoPostgresFactory>;
