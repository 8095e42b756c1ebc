using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Clues;

/// <summary>调整交办: co-operating units, instructions and date change while the lead unit keeps the clue (API and page).</summary>
public abstract class AssignmentAdjustmentTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China: the 2019 rule gives 15 working days, to Wed 9 Dec.
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private async Task<(World W, HttpClient Staff, Guid Id)> AssignedAsync(string text, params Guid[] coUnits)
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = $"{text} {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id, coUnitIds = coUnits })).JsonAsync();
        return (w, staff, id);
    }

    private static string VerificationDue(JsonElement clue) => clue.GetProperty("deadlines").EnumerateArray()
        .Last(d => d.GetProperty("ruleCode").GetString() == "clue.verify").GetProperty("dueOn").GetString()!;

    private static Guid[] CoUnits(JsonElement clue) => clue.GetProperty("assignment").GetProperty("coUnits").EnumerateArray()
        .Select(u => u.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task The_office_adds_a_co_unit_later_changes_the_date_and_a_removed_co_unit_loses_sight_of_the_clue()
    {
        var (w, staff, id) = await AssignedAsync("岚田布业城B区3号出售假冒李维斯");
        var lead = await w.ClientFor(w.LiaisonA);
        var coUnit = await w.ClientFor(w.LiaisonB);
        await (await coUnit.GetAsync($"/api/clues/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var taken = await (await lead.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        Assert.Contains("adjust-assignment", (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync())
            .GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        // Only the office adjusts, and only on the version it read.
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/adjust-assignment", new { coUnitIds = new[] { w.UnitB.Id } }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var version = taken.GetProperty("version").GetInt32();
        await (await staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{id}/adjust-assignment",
            new { coUnitIds = new[] { w.UnitB.Id } }, version - 1)).ProblemAsync(HttpStatusCode.Conflict);

        var adjusted = await (await staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{id}/adjust-assignment",
            new { coUnitIds = new[] { w.UnitB.Id }, instructions = "请会同公安分局核查仓库", dueOn = "2026-12-04" }, version)).JsonAsync();
        Assert.Equal("Verifying", adjusted.GetProperty("status").GetString()); // the lead unit goes on verifying
        Assert.Equal(w.UnitA.Id, adjusted.GetProperty("assignedUnitId").GetGuid());
        Assert.Equal([w.UnitB.Id], CoUnits(adjusted));
        Assert.Equal("请会同公安分局核查仓库", adjusted.GetProperty("assignment").GetProperty("instructions").GetString());
        Assert.Equal("2026-12-04", VerificationDue(adjusted));
        Assert.Equal("AssignmentAdjusted", adjusted.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.Equal(["note"], (await (await coUnit.GetAsync($"/api/clues/{id}")).JsonAsync())
            .GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        // Leaving out a field keeps it; an empty list removes every co-operating unit, who then no longer sees the clue.
        var removed = await (await staff.PostAsJsonAsync($"/api/clues/{id}/adjust-assignment", new { coUnitIds = Array.Empty<Guid>() }))
            .JsonAsync();
        Assert.Empty(CoUnits(removed));
        Assert.Equal("请会同公安分局核查仓库", removed.GetProperty("assignment").GetProperty("instructions").GetString());
        Assert.Equal("2026-12-04", VerificationDue(removed));
        await (await coUnit.GetAsync($"/api/clues/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await coUnit.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());

        // Both changes are in the audit log: the co-operating unit added, then removed.
        var audited = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityType == "ClueCoUnit" && e.Changes.Contains(w.UnitB.Id.ToString()))
            .Select(e => e.Action).ToListAsync());
        Assert.Equal(["Added", "Deleted"], audited.Order().ToList());
    }

    [Fact]
    public async Task Bad_adjustments_are_refused_in_chinese_and_change_nothing()
    {
        var (w, staff, id) = await AssignedAsync("调整交办的错误输入");
        var before = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        async Task<JsonElement> Refused(object body, HttpStatusCode status)
        {
            var p = await (await staff.PostAsJsonAsync($"/api/clues/{id}/adjust-assignment", body)).ProblemAsync(status);
            var texts = status == HttpStatusCode.BadRequest
                ? p.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()!)
                : [p.GetProperty("detail").GetString()!];
            Assert.All(texts, t => Assert.True(Http.HasChinese(t), t));
            return p;
        }
        Assert.Single((await Refused(new { coUnitIds = new[] { w.UnitA.Id } }, HttpStatusCode.BadRequest)).ErrorsFor("coUnitIds"));
        Assert.Single((await Refused(new { coUnitIds = new[] { w.Office.Id } }, HttpStatusCode.BadRequest)).ErrorsFor("coUnitIds"));
        Assert.Contains("2026-12-09", (await Refused(new { dueOn = "2026-12-10" }, HttpStatusCode.BadRequest)).ErrorsFor("dueOn")[0]);
        Assert.Single((await Refused(new { instructions = new string('查', 501) }, HttpStatusCode.BadRequest)).ErrorsFor("instructions"));
        Assert.Contains("没有变化", (await Refused(new { }, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var after = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());

        // Not assigned (pulled back): nothing to adjust.
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/pullback", new { reason = "改由执法队办理" })).JsonAsync();
        await Refused(new { coUnitIds = new[] { w.UnitB.Id } }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task On_the_page_the_office_adds_a_co_unit_without_changing_the_lead_and_an_old_page_is_refused()
    {
        var (w, _, id) = await AssignedAsync("页面调整交办");
        var office = await Pages.SignInAsync(app, w.Staff);
        var html = await office.GetStringAsync($"/Clues/{id}");
        Assert.Contains("调整交办", html);
        var version = Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        KeyValuePair<string, string>[] Fields(string v) =>
        [
            new("action", "adjust-assignment"), new("version", v), new("CoUnitIds", w.UnitB.Id.ToString()),
            new("Instructions", "请市场监管分局协助调取进货台账"), new("DueOn", "2026-12-09"),
        ];
        var done = await office.PostFormAsync($"/Clues/{id}", Fields(version), $"/Clues/{id}?handler=Act");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        html = await office.GetStringAsync($"/Clues/{id}");
        Assert.Contains("交办已调整", html);
        Assert.Contains("请市场监管分局协助调取进货台账", html);
        Assert.Contains($"<dt>协查单位</dt><dd>{w.UnitB.Name}</dd>", html);

        var stale = await office.PostFormAsync($"/Clues/{id}", Fields(version), $"/Clues/{id}?handler=Act");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        var liaison = await (await w.ClientFor(w.LiaisonB)).GetAsync($"/api/clues/{id}");
        Assert.Equal(HttpStatusCode.OK, liaison.StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class AssignmentAdjustmentSqlite(SqliteFactory f) : AssignmentAdjustmentTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AssignmentAdjustmentPostgres(PostgresFactory f) : AssignmentAdjustmentTests(f.WithClockReset());
