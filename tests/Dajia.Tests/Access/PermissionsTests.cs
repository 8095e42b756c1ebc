using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Units;

namespace Dajia.Tests.Access;

/// <summary>What each caller is told they may do, what a liaison sees of deadlines, and edits against a stale version.</summary>
public abstract class PermissionsTests(DajiaFactory app)
{
    private static string[] Allowed(JsonElement dto) =>
        dto.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToArray();

    private async Task<(World W, HttpClient Staff, Guid Clue)> AssignedClueAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = $"交办给A {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        return (w, staff, id);
    }

    [Fact]
    public async Task A_clue_lists_what_each_caller_may_do_now_and_the_list_matches_what_works()
    {
        var (w, staff, id) = await AssignedClueAsync();
        var a = await w.ClientFor(w.LiaisonA);
        Assert.Equal(["take", "extension", "note"], Allowed(await (await a.GetAsync($"/api/clues/{id}")).JsonAsync()));
        Assert.Equal(["assign", "pullback", "take", "note", "adjust-assignment"],
            Allowed(await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()));
        Assert.Empty(Allowed(await (await (await w.ClientFor(w.Leader)).GetAsync($"/api/clues/{id}")).JsonAsync()));
        // What is not listed is refused: the leader reads but does not act, the liaison does not close.
        await (await (await w.ClientFor(w.Leader)).PostAsJsonAsync($"/api/clues/{id}/take", new { }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/pullback", new { reason = "不是我们的" })).ProblemAsync(HttpStatusCode.Forbidden);
        var taken = await (await a.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        Assert.Equal(["verify", "extension", "note"], Allowed(taken));
    }

    [Fact]
    public async Task A_request_for_more_time_that_cannot_be_granted_is_declined_not_left_hanging()
    {
        var (w, staff, id) = await AssignedClueAsync();
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var tooLong = await (await a.PostAsJsonAsync($"/api/clues/{id}/extension", new { reason = new string('延', 501) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(tooLong.ErrorsFor("reason"));
        await (await a.PostAsJsonAsync($"/api/clues/{id}/extension", new { reason = "需送检鉴定" })).JsonAsync();
        var deadlines = await (await staff.GetAsync($"/api/deadlines?subjectId={id}")).JsonAsync();
        var verify = deadlines.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("ruleCode").GetString() == "clue.verify");
        await (await staff.PostAsJsonAsync($"/api/deadlines/{verify.GetProperty("id").GetGuid()}/extend",
            new { requestedBy = "市场监管分局", reason = "已先行延长" })).JsonAsync();
        var offered = Allowed(await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync());
        Assert.DoesNotContain("approve-extension", offered);
        Assert.Contains("decline-extension", offered);
        var declined = await (await staff.PostAsJsonAsync($"/api/clues/{id}/decline-extension", new { reason = "延长次数已用完" })).JsonAsync();
        Assert.Equal("ExtensionDeclined", declined.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.Contains("extension", Allowed(await (await a.GetAsync($"/api/clues/{id}")).JsonAsync()));
    }

    [Fact]
    public async Task A_liaison_reads_only_the_deadlines_their_unit_answers_for()
    {
        var (w, staff, id) = await AssignedClueAsync();
        var mine = await (await (await w.ClientFor(w.LiaisonA)).GetAsync("/api/deadlines")).JsonAsync();
        var verify = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal("clue.verify", verify.GetProperty("ruleCode").GetString());
        Assert.Equal(id, verify.GetProperty("subjectId").GetGuid());
        var b = await w.ClientFor(w.LiaisonB);
        Assert.Empty((await (await b.GetAsync("/api/deadlines")).JsonAsync()).GetProperty("items").EnumerateArray());
        await (await b.GetAsync($"/api/deadlines/{verify.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        // Handed to unit B, the time limit goes with the clue.
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitB.Id })).JsonAsync();
        Assert.Single((await (await b.GetAsync("/api/deadlines")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Empty((await (await (await w.ClientFor(w.LiaisonA)).GetAsync("/api/deadlines")).JsonAsync())
            .GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Editing_a_unit_or_an_action_read_before_someone_else_saved_is_refused()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var unit = await (await admin.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Contains("edit", Allowed(unit));
        var body = new
        {
            name = unit.GetProperty("name").GetString(), shortName = "市场监管", code = "scjg", kind = "Member", sortOrder = 3, active = true,
            jurisdictionId = w.Town.Id, leader = new { name = "李四" },
        };
        var read = unit.GetProperty("version").GetInt32();
        await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{w.UnitA.Id}", body, read)).JsonAsync();
        await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{w.UnitA.Id}", body, read)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.DoesNotContain("edit",
            Allowed(await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync()));

        var staff = await w.ClientFor(w.Staff);
        var op = await (await staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "版本检查", startsAt = "2017-09-26T01:00:00Z", leadUnitId = w.UnitA.Id, personnel = 2,
            vehicles = 1,
            invitedUnitIds = new[] { w.UnitB.Id },
        })).JsonAsync(HttpStatusCode.Created);
        var opId = op.GetProperty("id").GetGuid();
        var edit = new { kind = "JointInspection", title = "版本检查（改）", startsAt = "2017-09-26T01:00:00Z", personnel = 3, vehicles = 1 };
        var opRead = op.GetProperty("version").GetInt32();
        await (await staff.SendIfMatchAsync(HttpMethod.Put, $"/api/operations/{opId}", edit, opRead)).JsonAsync();
        await (await staff.SendIfMatchAsync(HttpMethod.Put, $"/api/operations/{opId}", edit, opRead)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["edit", "respond", "inspect", "addPhoto", "removeInspection"],
            Allowed(await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"/api/operations/{opId}")).JsonAsync()));
        Assert.Equal(["setLiaison", "setDeputy", "submitLiaisonTable"],
            Allowed(await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync()));
        var liaison = new { name = "王五", gender = "男", mobile = "13800138001" };
        await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{w.UnitA.Id}/liaison", liaison, read))
            .ProblemAsync(HttpStatusCode.Conflict);
        // Unit B was invited: it answers; once it has confirmed it records, but does not remove what others recorded.
        var b = await w.ClientFor(w.LiaisonB);
        Assert.Equal(["respond"], Allowed(await (await b.GetAsync($"/api/operations/{opId}")).JsonAsync()));
        Assert.Equal(["respond", "inspect", "addPhoto"],
            Allowed(await (await b.PostAsJsonAsync($"/api/operations/{opId}/participation/confirm", new { })).JsonAsync()));
        Assert.Empty(Allowed(await (await (await w.ClientFor(w.Leader)).GetAsync($"/api/operations/{opId}")).JsonAsync()));
    }

    [Fact]
    public async Task Two_people_planning_one_draw_at_once_make_one_action()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PostAsJsonAsync("/api/entities", new { name = "抽查摊位" + w.Tag, kind = "Stall", stallNumber = "D001" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/officers", new { unitId = w.UnitA.Id, name = "甲", certificateNumber = "P1" + w.Tag }))
            .JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/officers", new { unitId = w.UnitB.Id, name = "乙", certificateNumber = "P2" + w.Tag }))
            .JsonAsync(HttpStatusCode.Created);
        var draw = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 1, seed = 11 })).JsonAsync(HttpStatusCode.Created);
        var id = draw.GetProperty("id").GetGuid();
        Assert.Equal(["verify", "plan", "publish"], Allowed(draw));
        var admin = await w.ClientFor(w.Admin);
        var answers = await Task.WhenAll(
            staff.PostAsJsonAsync($"/api/random-draws/{id}/operation", new { startsAt = "2017-10-10T01:00:00Z" }),
            admin.PostAsJsonAsync($"/api/random-draws/{id}/operation", new { startsAt = "2017-10-10T01:00:00Z" }));
        Assert.Contains(answers, a => a.IsSuccessStatusCode);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode || a.StatusCode == HttpStatusCode.Conflict, $"{(int)a.StatusCode}"));
        var operations = await (await staff.GetAsync("/api/operations")).JsonAsync();
        Assert.Single(operations.GetProperty("items").EnumerateArray(), o =>
            o.GetProperty("randomDrawId").ValueKind == JsonValueKind.String);
        Assert.Equal(["verify", "publish"], Allowed(await (await staff.GetAsync($"/api/random-draws/{id}")).JsonAsync()));
        Assert.Equal(["verify"], Allowed(await (await (await w.ClientFor(w.LiaisonA)).GetAsync($"/api/random-draws/{id}")).JsonAsync()));
    }
}

[Collection("Sqlite")]
public sealed class PermissionsSqlite(SqliteFactory f) : PermissionsTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PermissionsPostgres(PostgresFactory f) : PermissionsTests(f.WithClockReset());
