using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>An audit entry is read where its record lives; the system's own entries only by admins at a root of the tree.</summary>
public abstract class AuditScopeTests(DajiaFactory app)
{
    private static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string entityType, string entityId) =>
        (await (await admin.GetAsync($"/api/audit?entityType={entityType}&entityId={entityId}")).JsonAsync())
        .GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_failed_sign_in_and_a_towns_user_rows_are_read_in_that_town_and_above_only()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 21, 2, 0, 0, TimeSpan.Zero);
        var a = await World.CreateAsync(app);
        var b = await a.NeighbourAsync();
        var failed = await app.CreateClient()
            .PostAsJsonAsync("/api/auth/token", new { userName = a.LiaisonA, password = "wrong-" + a.Tag });
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        var adminA = await a.ClientFor(a.Admin);
        var liaisonId = (await (await adminA.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == a.LiaisonA).GetProperty("id").GetGuid().ToString();

        Assert.Contains(await AuditAsync(adminA, "AppUser", liaisonId), e =>
            e.GetProperty("changes").GetString()!.Contains("AccessFailedCount"));
        Assert.Contains(await AuditAsync(await a.ClientFor(a.CityAdmin), "AppUser", liaisonId),
            e => e.GetProperty("changes").GetString()!.Contains("AccessFailedCount"));
        var adminB = await b.ClientFor(b.Admin);
        Assert.Empty(await AuditAsync(adminB, "AppUser", liaisonId));
        static async Task<List<string>> RoleRowsAsync(HttpClient admin) =>
            (await (await admin.GetAsync("/api/audit?entityType=IdentityUserRole%601")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("entityId").GetString()!).ToList();
        Assert.Contains(await RoleRowsAsync(adminA), id => id.StartsWith(liaisonId, StringComparison.Ordinal));
        Assert.DoesNotContain(await RoleRowsAsync(adminB), id => id.StartsWith(liaisonId, StringComparison.Ordinal));
        var seenByB = (await (await adminB.GetAsync("/api/audit?entityType=AppUser")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("changes").GetString()!).ToList();
        Assert.NotEmpty(seenByB);
        Assert.DoesNotContain(seenByB, c => c.Contains(a.Tag));
    }

    [Fact]
    public async Task System_entries_are_read_by_a_root_admin_and_by_no_one_below()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var tool = $"tool.{w.Tag}";
        var ruleId = await app.InScopeAsync(async sp =>
        {
            AuditInterceptor.ActorOverride.Value = AuditActor.Tool(tool);
            try
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var rule = new DeadlineRule($"sys.{w.Tag}", new DeadlineRuleTerms("系统规则", "系统写入的依据文字", TimeUnit.WorkingDays, 5, 0, 0,
                    new DateOnly(2030, 1, 1), null));
                db.DeadlineRules.Add(rule);
                await db.SaveChangesAsync();
                return rule.Id.ToString();
            }
            finally
            {
                AuditInterceptor.ActorOverride.Value = null;
            }
        });

        var seen = Assert.Single(await AuditAsync(await w.ClientFor(w.RootAdmin), "DeadlineRule", ruleId));
        Assert.Equal(tool, seen.GetProperty("userName").GetString());
        Assert.Empty(await AuditAsync(await w.ClientFor(w.CityAdmin), "DeadlineRule", ruleId));
        Assert.Empty(await AuditAsync(await w.ClientFor(w.Admin), "DeadlineRule", ruleId));

        // The page reads through the same query.
        Assert.Contains(tool, await (await Pages.SignInAsync(app, w.RootAdmin)).GetStringAsync("/Admin/Audit?entityType=DeadlineRule"));
        Assert.DoesNotContain(tool, await (await Pages.SignInAsync(app, w.Admin)).GetStringAsync("/Admin/Audit?entityType=DeadlineRule"));
    }
}

[Collection("Sqlite")]
public sealed class AuditScopeSqlite(SqliteFactory f) : AuditScopeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AuditScopePostgres(PostgresFactory f) : AuditScopeTests(f.WithClockReset());
