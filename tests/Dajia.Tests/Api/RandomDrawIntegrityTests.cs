using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>A draw is checked against what was stored when it was made; its seed's origin is shown; the public sees no account.</summary>
public abstract class RandomDrawIntegrityTests(DajiaFactory app)
{
    private sealed record Pool(World W, HttpClient Staff, Guid[] Stalls, Guid[] Officers);

    /// <summary>Four stalls; officers 0 and 1 in unit A, officer 2 in unit B.</summary>
    private async Task<Pool> PoolAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 19, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var stalls = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var stall = new { name = $"摊位{i}-{w.Tag}", kind = "Stall", stallNumber = $"C{i:000}" };
            var created = await (await staff.PostAsJsonAsync("/api/entities", stall)).JsonAsync(HttpStatusCode.Created);
            stalls.Add(created.GetProperty("id").GetGuid());
        }
        var officers = new List<Guid>();
        foreach (var (unitId, name) in new[] { (w.UnitA.Id, "甲"), (w.UnitA.Id, "乙"), (w.UnitB.Id, "丙") })
        {
            var officer = new { unitId, name, certificateNumber = name + w.Tag };
            officers.Add((await (await staff.PostAsJsonAsync("/api/officers", officer)).JsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid());
        }
        return new Pool(w, staff, [.. stalls], [.. officers]);
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient staff, Guid id) =>
        await (await staff.PostAsync($"/api/random-draws/{id}/verify", null)).JsonAsync();

    private Task ChangeStoredAsync(Guid id, Action<AppDbContext, RandomDraw> change) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        change(db, await db.RandomDraws.Include(d => d.Items).SingleAsync(d => d.Id == id));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_conflict_declared_after_publishing_leaves_the_published_draw_verified()
    {
        var (w, staff, stalls, officers) = await PoolAsync();
        var draw = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 4, seed = 20170919 }))
            .JsonAsync(HttpStatusCode.Created);
        var id = draw.GetProperty("id").GetGuid();
        Assert.Equal("Staff", draw.GetProperty("seedOrigin").GetString());
        Assert.Equal(0, draw.GetProperty("conflicts").GetInt32());
        await (await staff.PostAsync($"/api/random-draws/{id}/publish", null)).JsonAsync();

        // Liaison A declares that an officer of unit A, sent to a stall by this draw, has a conflict with that stall.
        // Each stall gets two of the three officers, so at least one of them is from unit A.
        var sent = draw.GetProperty("items")[0];
        var first = sent.GetProperty("firstOfficerId").GetGuid();
        var officer = first != officers[2] ? first : sent.GetProperty("secondOfficerId").GetGuid();
        var stall = sent.GetProperty("marketEntityId").GetGuid();
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/officers/{officer}/conflicts", new { marketEntityId = stall, reason = "亲属经营" })).JsonAsync();

        var verified = await VerifyAsync(staff, id);
        Assert.True(verified.GetProperty("verified").GetBoolean(), verified.GetProperty("message").GetString());
        Assert.Equal("核对一致：候选名单未被改动，用同一随机种子重新抽取的结果完全相同", verified.GetProperty("message").GetString());

        // Without the conflicts kept with it (a draw from before they were kept), today's conflicts give another result.
        await ChangeStoredAsync(id, (db, d) =>
        {
            db.Entry(d).Property(x => x.ConflictPairs).CurrentValue = null;
            db.Entry(d).Property(x => x.ConflictListHash).CurrentValue = null;
        });
        Assert.False((await VerifyAsync(staff, id)).GetProperty("sameResult").GetBoolean());

        // A liaison declares only for officers of their own unit; a leader not at all; bad input names its field.
        var conflict = new { marketEntityId = stall, reason = "x" };
        var (b, leader) = (await w.ClientFor(w.LiaisonB), await w.ClientFor(w.Leader));
        await (await b.PostAsJsonAsync($"/api/officers/{officer}/conflicts", conflict)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await a.PostAsJsonAsync($"/api/officers/{officers[2]}/conflicts", conflict)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leader.PostAsJsonAsync($"/api/officers/{officer}/conflicts", conflict)).ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await a.PostAsJsonAsync($"/api/officers/{officer}/conflicts",
            new { marketEntityId = Guid.NewGuid(), reason = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(("请选择管辖范围内的经营主体", "请填写回避理由（不超过 200 字）"), (bad.ErrorsFor("marketEntityId").Single(), bad.ErrorsFor("reason").Single()));
        await (await a.PostAsJsonAsync($"/api/officers/{Guid.NewGuid()}/conflicts", conflict)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Verification_reruns_the_draw_and_catches_a_changed_pick_seed_or_conflict_list()
    {
        var (_, staff, _, officers) = await PoolAsync();
        var draw = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 4, seed = 42 })).JsonAsync(HttpStatusCode.Created);
        var id = draw.GetProperty("id").GetGuid();
        Assert.True((await VerifyAsync(staff, id)).GetProperty("verified").GetBoolean());

        // One stored pick is changed to another officer: the lists are intact, but the re-run picks differ.
        Guid? original = null;
        await ChangeStoredAsync(id, (db, d) =>
        {
            var item = d.Items.Single(i => i.Order == 1);
            original = item.SecondOfficerId;
            var third = officers.First(o => o != item.FirstOfficerId && o != item.SecondOfficerId);
            db.Entry(item).Property(x => x.SecondOfficerId).CurrentValue = third;
        });
        var changed = await VerifyAsync(staff, id);
        Assert.Equal((false, true, false), (changed.GetProperty("verified").GetBoolean(), changed.GetProperty("listsIntact").GetBoolean(),
            changed.GetProperty("sameResult").GetBoolean()));
        Assert.Equal("核对不通过：用同一随机种子重新抽取的结果与保存的结果不同", changed.GetProperty("message").GetString());

        await ChangeStoredAsync(id, (db, d) =>
            db.Entry(d.Items.Single(i => i.Order == 1)).Property(x => x.SecondOfficerId).CurrentValue = original!.Value);
        Assert.True((await VerifyAsync(staff, id)).GetProperty("verified").GetBoolean());
        await ChangeStoredAsync(id, (db, d) => db.Entry(d).Property(x => x.Seed).CurrentValue = 43);
        Assert.False((await VerifyAsync(staff, id)).GetProperty("sameResult").GetBoolean());
        await ChangeStoredAsync(id, (db, d) => db.Entry(d).Property(x => x.Seed).CurrentValue = 42);

        // A conflict slipped into the stored list afterwards no longer matches the list's hash.
        var slipped = $"{officers[0]:N}:{Guid.NewGuid():N}";
        await ChangeStoredAsync(id, (db, d) => db.Entry(d).Property(x => x.ConflictPairs).CurrentValue = slipped);
        var tampered = await VerifyAsync(staff, id);
        Assert.False(tampered.GetProperty("listsIntact").GetBoolean());
        Assert.StartsWith("核对不通过：保存的候选名单与其哈希值不符", tampered.GetProperty("message").GetString());
        await ChangeStoredAsync(id, (db, d) => db.Entry(d).Property(x => x.ConflictPairs).CurrentValue = "not a list");
        Assert.False((await VerifyAsync(staff, id)).GetProperty("listsIntact").GetBoolean());
    }

    [Fact]
    public async Task The_seeds_origin_is_shown_and_the_public_sees_the_office_not_an_account()
    {
        var (w, staff, _, _) = await PoolAsync();
        var chosen = (await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 2, seed = 7 }))
            .JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var system = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 2 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("System", system.GetProperty("seedOrigin").GetString());
        var unknownArea = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 2, keyAreaId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("重点整治区域不存在或不在管辖范围内", unknownArea.ErrorsFor("keyAreaId").Single());
        var page = await Pages.SignInAsync(app, w.Staff);
        Assert.Contains("人工指定", await page.GetStringAsync($"/RandomDraws/{chosen}"));
        Assert.Contains("系统生成", await page.GetStringAsync($"/RandomDraws/{system.GetProperty("id").GetGuid()}"));

        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Draw/{chosen}")).StatusCode);
        await (await staff.PostAsync($"/api/random-draws/{chosen}/publish", null)).JsonAsync();
        var json = await (await anonymous.GetAsync($"/api/public/random-draws/{chosen}")).JsonAsync();
        Assert.Equal((w.Office.Name, "Staff"), (json.GetProperty("office").GetString(), json.GetProperty("seedOrigin").GetString()));
        Assert.False(json.TryGetProperty("drawnBy", out _));
        var html = await anonymous.GetStringAsync($"/Draw/{chosen}");
        Assert.Contains(w.Office.Name, html);
        Assert.Contains("人工指定", html);
        foreach (var account in new[] { w.Staff, w.Admin, "staff." })
        {
            Assert.DoesNotContain(account, html);
            Assert.DoesNotContain(account, json.GetRawText());
        }
    }
}

[Collection("Sqlite")]
public sealed class RandomDrawIntegritySqlite(SqliteFactory f) : RandomDrawIntegrityTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class RandomDrawIntegrityPostgres(PostgresFactory f) : RandomDrawIntegrityTests(f.WithClockReset());
