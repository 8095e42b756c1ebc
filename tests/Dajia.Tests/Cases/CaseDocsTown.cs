using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>
/// A town with cases of unit A, stored as the case area stores them (its own API is tested in its own classes), for the
/// case's exhibits, transfer, documents and summary.
/// </summary>
public sealed class CaseDocsTown
{
    private readonly DajiaFactory _app;
    private Guid[] _officers = [];
    private Guid _entity;
    private int _count;

    private CaseDocsTown(DajiaFactory app, World w) => (_app, W) = (app, w);

    public World W { get; }
    public HttpClient Staff { get; private set; } = null!;
    public Guid EntityId => _entity;

    public static async Task<CaseDocsTown> CreateAsync(DajiaFactory app, DateTimeOffset now)
    {
        app.Clock.Now = now;
        var t = new CaseDocsTown(app, await World.CreateAsync(app));
        t.Staff = await t.W.ClientFor(t.W.Staff);
        async Task<Guid> Id(string url, object body) =>
            (await (await t.Staff.PostAsJsonAsync(url, body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        t._officers =
        [
            await Id("/api/officers", new { unitId = t.W.UnitA.Id, name = "黄执法", certificateNumber = "A1" + t.W.Tag }),
            await Id("/api/officers", new { unitId = t.W.UnitA.Id, name = "梁执法", certificateNumber = "A2" + t.W.Tag }),
        ];
        t._entity = await Id("/api/entities", new { name = "岚田布业城某牛仔摊" + t.W.Tag, kind = "Stall", stallNumber = "A018" });
        return t;
    }

    /// <summary>A case of unit A opened now; <paramref name="change"/> moves it on (decides it, closes it) before it is stored.</summary>
    public async Task<Guid> CaseAsync(ViolationType type = ViolationType.SellingCounterfeitGoods, decimal caseValue = 12_000m,
        decimal goodsValue = 36_000m, CaseParty? party = null, Action<EnforcementCase>? change = null,
        CaseOrigin? origin = null)
    {
        return await _app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var details = new CaseDetails("销售假冒牛仔裤案" + W.Tag, W.UnitA.Id, _officers, type, null, "当事人销售假冒某品牌牛仔裤120条",
                "《商标法》第五十七条", caseValue, goodsValue, 0, 0);
            var c = new EnforcementCase(W.Town.Id, $"AJ-T{W.Tag[..4]}-{++_count:0000}", details, party ?? CaseParty.Entity(_entity),
                origin ?? CaseOrigin.Direct, _app.Clock.GetUtcNow(), "staff");
            change?.Invoke(c);
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    public static void Decide(EnforcementCase c, DateTimeOffset at) =>
        c.Decide(new CaseDecision(Penalties.Fine | Penalties.ConfiscateGoods, 5_000m, null, "没收假冒牛仔裤120条，罚款5000元"), at, "staff");

    public Task<HttpResponseMessage> AddExhibitAsync(HttpClient client, Guid caseId, object? body = null) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/exhibits", body ?? new
        {
            item = "牛仔裤", brand = "某品牌", quantity = 120, unit = "条", value = 36000, storagePlace = "分局罚没物品仓库",
        });
}
