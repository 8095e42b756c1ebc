using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>A rush of public reports: stored together, numbered without gaps or twins, each audited under its sender.</summary>
public abstract class IntakeTests(DajiaFactory app)
{
    private static object Report(World w, int i) => new
    {
        kind = i % 4 == 1 ? "Complaint" : "Report", category = "FakeBrand", product = "牛仔裤", description = $"批量举报 {w.Tag} 第{i}条",
        anonymous = i % 2 == 0, informantName = i % 2 == 0 ? null : $"举报人{i}", informantMobile = i % 2 == 0 ? null : "13912345678",
        jurisdictionId = w.Town.Id,
    };

    private Task<(string Code, string Key)> PostAsync(object body, string? idempotencyKey = null) =>
        app.CreateClient().ReportAsync(body, idempotencyKey);

    [Fact]
    public async Task Sixty_reports_at_once_are_all_stored_with_consecutive_numbers_and_their_own_informants()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var receipts = await Task.WhenAll(Enumerable.Range(1, 60).Select(i => PostAsync(Report(w, i))));
        Assert.Equal(60, receipts.Select(r => r.Code).Distinct().Count());

        var stored = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var clues = await db.Clues.Where(c => c.JurisdictionId == w.Town.Id).ToListAsync();
            var aliases = await db.Informants.Where(i => i.JurisdictionId == w.Town.Id).Select(i => i.Alias).ToListAsync();
            var ids = clues.Select(c => c.Id).ToList();
            var deadlines = await db.Deadlines.CountAsync(d => ids.Contains(d.SubjectId) && d.RuleCode == "complaint.accept");
            return (clues, aliases, deadlines);
        });
        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"XS-2017-{n:00000}"), stored.clues.Select(c => c.Number).Order());
        Assert.Equal(Enumerable.Range(1, 30), stored.aliases.Order());
        Assert.Equal(30, stored.clues.Count(c => c.InformantId is not null));
        Assert.Equal(15, stored.deadlines);
        Assert.All(stored.clues, c => Assert.Contains(c.TrackingCode, receipts.Select(r => r.Code)));

        // Each receipt opens its own report.
        var (code, key) = receipts[17];
        var status = await (await PublicGet(code, key)).JsonAsync();
        Assert.Equal("Received", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Twenty_copies_of_one_submission_sent_at_once_make_one_clue()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var receipts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(Report(w, 1), "rush-" + w.Tag)));
        Assert.Single(receipts.Distinct());
        Assert.Equal(1,
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Clues.CountAsync(c => c.JurisdictionId == w.Town.Id)));
    }

    [Fact]
    public async Task A_public_report_is_audited_as_public_and_only_its_towns_office_reads_the_entry()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var other = await World.CreateAsync(app);
        var (code, _) = await PostAsync(Report(w, 1));
        var id = await app.InScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().Clues.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync());

        var url = $"/api/audit?entityType={nameof(Clue)}&entityId={id}";
        var mine = (await (await (await w.ClientFor(w.Admin)).GetAsync(url)).JsonAsync()).GetProperty("items");
        Assert.Equal("public", Assert.Single(mine.EnumerateArray()).GetProperty("userName").GetString());
        Assert.Empty((await (await (await other.ClientFor(other.Admin)).GetAsync(url)).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_public_reports_to_a_town_not_to_the_province_above_it()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "Report", ["description"] = "报给省里 " + w.Tag, ["anonymous"] = true,
            ["jurisdictionId"] = w.Town.ParentId
        };
        var problem = await (await app.CreateClient().PostAsJsonAsync("/api/public/reports", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请选择受理的镇（街道）", problem.ErrorsFor("jurisdictionId").Single());
        Assert.False(
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Clues.AnyAsync(c => c.Description.Contains(w.Tag))));
    }

    private Task<HttpResponseMessage> PublicGet(string code, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code}");
        request.Headers.Add("X-Access-Key", key);
        return app.CreateClient().SendAsync(request);
    }
}

[Collection("Sqlite")]
public sealed class IntakeSqlite(SqliteFactory f) : IntakeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class IntakePostgres(PostgresFactory f) : IntakeTests(f.WithClockReset());

/// <summary>SQLite only: holding its write gate is how the test lines reports up into one batch.</summary>
[Collection("Sqlite")]
public sealed class IntakeQueueTests(SqliteFactory app)
{
    [Fact]
    public async Task A_report_that_cannot_be_stored_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var queue = app.Services.GetRequiredService<Dajia.Web.Features.Clues.IntakeQueue>();
        var scopes = Enumerable.Range(0, 6).Select(_ => app.Services.CreateAsyncScope()).ToList();
        Dajia.Web.Features.Clues.PendingIntake Pending(int i, Guid town) => new(town,
            new ClueDetails(ClueKind.Report, ClueCategory.Other, ClueSource.PublicPortal, null, null, null, null, $"成批 {w.Tag} {i}", null,
                null),
            null, [], "KEY" + i, Dajia.Web.Features.Clues.AccessKeyHash.Hash("KEY" + i), null, "public",
                new AuditActor(null, "public", w.Town.Path));
        Task<Dajia.Web.Features.Clues.StoredIntake?> Store(int i, Guid town) =>
            queue.StoreAsync(scopes[i].ServiceProvider.GetRequiredService<Dajia.Web.Features.Clues.IntakeWriter>(), Pending(i, town));

        Task<Dajia.Web.Features.Clues.StoredIntake?>[] stores;
        using (await SqliteWriteGate.EnterAsync(scopes[0].ServiceProvider.GetRequiredService<AppDbContext>(), default))
        {
            // The first report takes the turn and waits at the gate; the next five queue up behind it as one batch.
            stores = [Store(0, w.Town.Id), Store(1, w.Town.Id), Store(2, w.Town.Id), Store(3, Guid.NewGuid()), Store(4, w.Town.Id),
                Store(5, w.Town.Id)];
        }
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => stores[3]);
        var stored = await Task.WhenAll(stores.Where((_, i) => i != 3));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"XS-2017-{n:00000}"), stored.Select(s => s!.Number).Order());
        foreach (var s in scopes) await s.DisposeAsync();
    }
}

/// <summary>PostgreSQL only: two app instances on one database, each with its own intake queue.</summary>
[Collection("Postgres")]
public sealed class IntakeAcrossInstancesTests(PostgresFactory app) : IClassFixture<PostgresFactory>
{
    private static async Task<string> PostAsync(DajiaFactory instance, object body, string? idempotencyKey) =>
        (await instance.CreateClient().ReportAsync(body, idempotencyKey)).Code;

    [Fact]
    public async Task Two_instances_number_a_rush_without_twins_and_store_one_clue_per_idempotency_key()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        await using var second = app.SecondInstance();
        var w = await World.CreateAsync(app);
        object Body(int i) => new { kind = "Report", description = $"两个实例 {w.Tag} {i}", anonymous = true, jurisdictionId = w.Town.Id };
        DajiaFactory Instance(int i) => i % 2 == 0 ? app : second;

        var codes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => PostAsync(Instance(i), Body(i), null)));
        var same = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PostAsync(Instance(i), Body(99), "twice-" + w.Tag)));

        Assert.Equal(40, codes.Distinct().Count());
        Assert.Single(same.Distinct());
        var numbers = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Clues.Where(c => c.JurisdictionId == w.Town.Id)
            .Select(c => c.Number).ToListAsync());
        Assert.Equal(41, numbers.Count);
        Assert.Equal(41, numbers.Distinct().Count());
    }
}
