using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

public abstract class OperationsApiTests(DajiaFactory app)
{
    private static async Task<Guid[]> StallsAsync(HttpClient staff, string tag, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add(
                (await (await staff.PostAsJsonAsync("/api/entities",
                    new { name = $"摊位{i}-{tag}", kind = "Stall", stallNumber = $"A{i:000}" })).JsonAsync(HttpStatusCode.Created))
                        .GetProperty("id").GetGuid());
        return [.. ids];
    }

    [Fact]
    public async Task The_office_runs_a_joint_inspection_units_confirm_and_the_totals_add_up()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var stalls = await StallsAsync(staff, w.Tag, 3);
        var op = await (await staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "联合执法检查", startsAt = "2017-09-26T01:00:00Z", leadUnitId = w.Office.Id,
            invitedUnitIds = new[] { w.UnitA.Id, w.UnitB.Id }, personnel = 12, vehicles = 3,
        })).JsonAsync(HttpStatusCode.Created);
        var id = op.GetProperty("id").GetGuid();
        Assert.Equal("XD-2017-001", op.GetProperty("number").GetString());
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/operations/{id}/participation/confirm", new { officers = "张三、李四" })).JsonAsync();
        await (await (await w.ClientFor(w.LiaisonB)).PostAsJsonAsync($"/api/operations/{id}/participation/decline", new { })).JsonAsync();
        await (await a.PostAsJsonAsync($"/api/operations/{id}/inspections",
            new { marketEntityId = stalls[0], result = "GoodsSeized", notes = "假冒商标牛仔裤 20 条" })).JsonAsync();
        await (await a.PostAsJsonAsync($"/api/operations/{id}/inspections", new { marketEntityId = stalls[1], result = "NoProblem" }))
            .JsonAsync();
        var done = await (await staff.PostAsJsonAsync($"/api/operations/{id}/inspections",
            new { marketEntityId = stalls[2], result = "OrderedToRectify" })).JsonAsync();
        var totals = done.GetProperty("totals");
        Assert.Equal((12, 3, 3),
            (totals.GetProperty("personnel").GetInt32(), totals.GetProperty("vehicles").GetInt32(),
                totals.GetProperty("inspections").GetInt32()));
        Assert.Equal(1, totals.GetProperty("byResult").GetProperty("GoodsSeized").GetInt32());
        var units = done.GetProperty("units")
            .EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid(), u => u.GetProperty("status").GetString());
        Assert.Equal(("Confirmed", "Declined"), (units[w.UnitA.Id], units[w.UnitB.Id]));

        // Unit B declined: it cannot record inspections.
        await (await (await w.ClientFor(w.LiaisonB))
            .PostAsJsonAsync($"/api/operations/{id}/inspections", new { marketEntityId = stalls[1], result = "NoProblem" }))
                .ProblemAsync(HttpStatusCode.Forbidden);
        var period = await (await staff.GetAsync("/api/operations/totals?from=2017-09-01&to=2017-09-30")).JsonAsync();
        Assert.Equal((1, 12, 3),
            (period.GetProperty("operations").GetInt32(), period.GetProperty("personnel").GetInt32(),
                period.GetProperty("inspections").GetInt32()));
        var perUnit = period.GetProperty("units")
            .EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid(), u => u.GetProperty("operations").GetInt32());
        Assert.Equal(1, perUnit[w.UnitA.Id]);
        Assert.False(perUnit.ContainsKey(w.UnitB.Id));
        await (await staff.GetAsync("/api/operations/totals?from=2017-09-30&to=2017-09-01")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_unit_records_its_own_daily_supervision_but_not_a_joint_action()
    {
        var w = await World.CreateAsync(app);
        var a = await w.ClientFor(w.LiaisonA);
        var daily = await (await a.PostAsJsonAsync("/api/operations",
            new { kind = "DailySupervision", title = "日常巡查", startsAt = "2017-11-08T01:00:00Z", personnel = 2 }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(w.UnitA.Id, daily.GetProperty("leadUnitId").GetGuid());
        await (await a.PostAsJsonAsync("/api/operations", new { kind = "JointInspection", title = "x", startsAt = "2017-11-08T01:00:00Z" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await a.PostAsJsonAsync("/api/operations", new { kind = "Party", title = "", personnel = -1 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind", "personnel", "startsAt", "title"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        await (await (await w.ClientFor(w.LiaisonB)).PostAsJsonAsync($"/api/operations/{daily.GetProperty("id").GetGuid()}/inspections",
            new { marketEntityId = Guid.NewGuid(), result = "NoProblem" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Photos_are_checked_by_their_bytes_stored_once_and_served_back()
    {
        var w = await World.CreateAsync(app);
        var a = await w.ClientFor(w.LiaisonA);
        var id = (await (await a.PostAsJsonAsync("/api/operations",
            new { kind = "DailySupervision", title = "巡查", startsAt = "2017-11-08T01:00:00Z" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var png = TestImages.PngWithText(w.Tag);
        MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };
        var first = await (await a.PostAsync($"/api/operations/{id}/photos", Upload(png, "现场.png"))).JsonAsync();
        var url = first.GetProperty("photos")[0].GetProperty("url").GetString()!;
        Assert.Equal("现场.jpg", first.GetProperty("photos")[0].GetProperty("fileName").GetString());
        var back = await a.GetAsync(url);
        Assert.Equal("image/jpeg", back.Content.Headers.ContentType!.MediaType);
        var stored = await back.Content.ReadAsByteArrayAsync();
        Assert.False(TestImages.Contains(stored, w.Tag));
        var again = await (await a.PostAsync($"/api/operations/{id}/photos", Upload(png, "again.png"))).JsonAsync();
        Assert.Equal(stored, await a.GetByteArrayAsync(again.GetProperty("photos")[1].GetProperty("url").GetString()!));
        Assert.Single(Directory.EnumerateFiles(app.FileStore, "*", SearchOption.AllDirectories),
            f => File.ReadAllBytes(f).SequenceEqual(stored));
        var fake = await (await a.PostAsync($"/api/operations/{id}/photos", Upload("<script>"u8.ToArray(), "x.png")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("只接受 JPEG、PNG 或 WebP 照片", fake.ErrorsFor("file").Single());
        var big = new byte[10 * 1024 * 1024 + 1];
        png.CopyTo(big, 0);
        Assert.Equal("照片过大：不能超过 10 MB",
            (await (await a.PostAsync($"/api/operations/{id}/photos", Upload(big, "big.png"))).ProblemAsync(HttpStatusCode.BadRequest))
                .ErrorsFor("file").Single());
        await (await (await w.ClientFor(w.LiaisonB)).PostAsync($"/api/operations/{id}/photos", Upload(png, "b.png")))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_random_draw_avoids_conflicts_reruns_the_same_and_detects_a_tampered_list()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var stalls = await StallsAsync(staff, w.Tag, 6);
        var officers = new List<Guid>();
        foreach (var (unit, name, cert) in new[] { (w.UnitA.Id, "甲", "1"), (w.UnitA.Id, "乙", "2"), (w.UnitB.Id, "丙", "3") })
            officers.Add(
                (await (await staff.PostAsJsonAsync("/api/officers", new { unitId = unit, name, certificateNumber = cert + w.Tag }))
                    .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        await (await staff.PostAsJsonAsync($"/api/officers/{officers[0]}/conflicts", new { marketEntityId = stalls[0], reason = "亲属经营" }))
            .JsonAsync();
        var dup = await (await staff.PostAsJsonAsync("/api/officers",
            new { unitId = w.UnitA.Id, name = "丁", certificateNumber = "1" + w.Tag })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(dup.ErrorsFor("certificateNumber"));

        var draw = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 6, seed = 20170919 }))
            .JsonAsync(HttpStatusCode.Created);
        var items = draw.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        Assert.Equal(6, items.Select(i => i.GetProperty("marketEntityId").GetGuid()).Distinct().Count());
        foreach (var i in items)
        {
            Assert.NotEqual(i.GetProperty("firstOfficerId").GetGuid(), i.GetProperty("secondOfficerId").GetGuid());
            if (i.GetProperty("marketEntityId").GetGuid() == stalls[0])
                Assert.DoesNotContain(officers[0],
                    new[] { i.GetProperty("firstOfficerId").GetGuid(), i.GetProperty("secondOfficerId").GetGuid() });
        }
        var id = draw.GetProperty("id").GetGuid();
        var verified = await (await staff.PostAsync($"/api/random-draws/{id}/verify", null)).JsonAsync();
        Assert.True(verified.GetProperty("verified").GetBoolean(), verified.GetProperty("message").GetString());

        // Someone edits the stored candidate list in the database: verification must say so.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var stored = await db.RandomDraws.SingleAsync(d => d.Id == id);
            db.Entry(stored).Property(d => d.EntityCandidates).CurrentValue = stored.EntityCandidates + "\n" + Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });
        var tampered = await (await staff.PostAsync($"/api/random-draws/{id}/verify", null)).JsonAsync();
        Assert.False(tampered.GetProperty("verified").GetBoolean());
        Assert.False(tampered.GetProperty("listsIntact").GetBoolean());
        Assert.StartsWith("核对不通过：保存的候选名单与其哈希值不符", tampered.GetProperty("message").GetString());

        var plan = await (await staff.PostAsJsonAsync($"/api/random-draws/{id}/operation", new { startsAt = "2017-10-10T01:00:00Z" }))
            .JsonAsync();
        var op = await (await staff.GetAsync($"/api/operations/{plan.GetProperty("operationId").GetGuid()}")).JsonAsync();
        Assert.Equal(id, op.GetProperty("randomDrawId").GetGuid());
        await (await app.CreateClient().GetAsync($"/api/public/random-draws/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsync($"/api/random-draws/{id}/publish", null)).JsonAsync();
        Assert.Equal(6,
            (await (await app.CreateClient().GetAsync($"/api/public/random-draws/{id}")).JsonAsync())
                .GetProperty("items").GetArrayLength());
        await (await (await w.ClientFor(w.LiaisonA)).PostAsJsonAsync("/api/random-draws", new { count = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection("Sqlite")]
public sealed class OperationsApiSqlite(SqliteFactory f) : OperationsApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class OperationsApiPostgres(PostgresFactory f) : OperationsApiTests(f.WithClockReset());
