using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Data.Reporting;
using Dajia.Web.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// The shared default versions (no owner) are one per form and year: the database refuses a second one (a NULL owner never
/// collides in the (form, owner, year) index, so a filtered index holds them), no API makes one, and seeding again adds none.
/// </summary>
public abstract class ReportFormDefaultTests(DajiaFactory app)
{
    private const string Versions = "/api/reports/forms/key-area-quarterly/versions";

    private Task<List<(int Year, int Count)>> DefaultsAsync() => app.InScopeAsync(async sp =>
        (await sp.GetRequiredService<AppDbContext>().ReportForms.Where(f => f.Code == ReportFormSeed.Quarterly)
            .SelectMany(f => f.Versions).Where(v => v.JurisdictionId == null).Select(v => v.EffectiveFromYear).ToListAsync())
        .GroupBy(y => y).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key).ToList());

    [Fact]
    public async Task A_second_shared_default_for_the_same_form_and_year_is_refused_and_no_api_or_seeding_makes_one()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var before = await DefaultsAsync();
        Assert.All(before, d => Assert.Equal(1, d.Count));

        // Two writers at once (another process seeding, say): one that has not read the stored versions adds the 2017 default again.
        var refused = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var definition = (await db.ReportForms.Include(f => f.Versions).AsNoTracking()
                .SingleAsync(f => f.Code == ReportFormSeed.Quarterly)).VersionFor(2017)!.Parsed;
            var form = await db.ReportForms.SingleAsync(f => f.Code == ReportFormSeed.Quarterly);
            form.AddVersion(2017, "{2}{0}年度第{1}季度（重复的通用格式）", "重复", definition);
            var e = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return e.InnerException?.Message ?? e.Message;
        });
        Assert.True(refused.Contains("UNIQUE constraint failed", StringComparison.Ordinal)
            || refused.Contains("IX_ReportFormVersion_FormId_EffectiveFromYear_Shared", StringComparison.Ordinal), refused);
        Assert.Equal(before, await DefaultsAsync());

        // The API: an admin's version always has an owner (their own place when none is named), never a shared default.
        var admin = await w.ClientFor(w.Admin);
        var form = await (await admin.GetAsync(Versions)).JsonAsync();
        var shared = form.GetProperty("versions").EnumerateArray()
            .First(v => v.GetProperty("jurisdictionId").ValueKind == JsonValueKind.Null);
        var created = await (await admin.PostAsJsonAsync(Versions, new Dictionary<string, object?>
        {
            ["fromYear"] = 2018, ["title"] = "{2}{0}年第{1}季度整治报表", ["basis"] = "本镇方案", ["jurisdictionId"] = null,
            ["definition"] = JsonSerializer.Deserialize<Dictionary<string, object?>>(shared.GetProperty("definition").GetRawText()),
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(w.Town.Id, created.GetProperty("jurisdictionId").GetGuid());
        Assert.Equal(before, await DefaultsAsync());

        // Seeding again (every start does) finds the defaults there and adds none.
        await app.InScopeAsync(async sp =>
        {
            await ReportFormSeeder.SeedAsync(sp.GetRequiredService<AppDbContext>());
            return 0;
        });
        Assert.Equal(before, await DefaultsAsync());
    }
}

[Collection("Sqlite")]
public sealed class ReportFormDefaultSqlite(SqliteFactory f) : ReportFormDefaultTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportFormDefaultPostgres(PostgresFactory f) : ReportFormDefaultTests(f.WithClockReset());
