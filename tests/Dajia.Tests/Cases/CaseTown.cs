using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>A town with two officers of unit A, one of unit B, an entity of the register, and clients for its people.</summary>
public sealed class CaseTown
{
    public World W { get; private init; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public HttpClient LiaisonA { get; private set; } = null!;
    public Guid[] OfficersA { get; private init; } = [];
    public Guid OfficerB { get; private init; }
    public Guid Entity { get; private init; }

    public static async Task<CaseTown> CreateAsync(DajiaFactory app, DateTimeOffset now)
    {
        app.Clock.Now = now;
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        async Task<Guid> Id(string url, object body) =>
            (await (await staff.PostAsJsonAsync(url, body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return new CaseTown
        {
            W = w, Staff = staff, LiaisonA = await w.ClientFor(w.LiaisonA),
            OfficersA =
            [
                await Id("/api/officers", new { unitId = w.UnitA.Id, name = "黄执法", certificateNumber = "A1" + w.Tag }),
                await Id("/api/officers", new { unitId = w.UnitA.Id, name = "梁执法", certificateNumber = "A2" + w.Tag }),
            ],
            OfficerB = await Id("/api/officers", new { unitId = w.UnitB.Id, name = "周执法", certificateNumber = "B1" + w.Tag }),
            Entity = await Id("/api/entities", new { name = "岚田布业城某牛仔摊" + w.Tag, kind = "Stall", stallNumber = "A018" }),
        };
    }

    /// <summary>Moves the clock and signs in again (a token from weeks ago has expired).</summary>
    public async Task AtAsync(DajiaFactory app, DateTimeOffset now)
    {
        app.Clock.Now = now;
        (Staff, LiaisonA) = (await W.ClientFor(W.Staff), await W.ClientFor(W.LiaisonA));
    }

    /// <summary>A direct case of unit A against the register's entity, with whatever the test changes.</summary>
    public object Body(object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "销售假冒牛仔裤案" + W.Tag, ["handlingUnitId"] = W.UnitA.Id, ["officerIds"] = OfficersA,
            ["violationType"] = "SellingCounterfeitGoods", ["partyKind"] = "Entity", ["marketEntityId"] = Entity,
            ["facts"] = "当事人销售假冒某品牌牛仔裤120条", ["legalBasis"] = "《商标法》第五十七条第（三）项、第六十条第二款",
            ["caseValue"] = 12000m, ["goodsValue"] = 36000m,
        };
        if (extra is not null)
            foreach (var p in JsonSerializer.SerializeToElement(extra).EnumerateObject())
                body[p.Name] = p.Value;
        return body;
    }

    public async Task<JsonElement> OpenAsync(HttpClient client, object? extra = null) =>
        await (await client.PostAsJsonAsync("/api/cases", Body(extra))).JsonAsync(HttpStatusCode.Created);
}

public static class CaseCalls
{
    public static async Task<HttpResponseMessage> ActAsync(this HttpClient client, JsonElement c, string action, object body)
    {
        var version = c.GetProperty("version").GetInt32();
        if (action == "decide") version = await HearAsync(client, c, body, version);
        return await client.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{c.GetProperty("id").GetGuid()}/{action}", body, version);
    }

    /// <summary>
    /// A decision waits for the 行政处罚告知 and the party's answer (行政处罚法第六十二条). A case not notified yet and still at
    /// the version the test holds is notified of the decision's own penalties and fine today, and the party waives, so a
    /// test about something else decides as before; a stale version, another's case or a case that cannot be notified
    /// is left alone for the decision to be refused as it would be. Returns the version to decide with.
    /// </summary>
    public static async Task<int> HearAsync(this HttpClient client, JsonElement c, object decision, int version)
    {
        var url = $"/api/cases/{c.GetProperty("id").GetGuid()}";
        var now = await client.GetAsync(url);
        if (now.StatusCode != HttpStatusCode.OK) return version;
        var fresh = await now.JsonAsync();
        if (fresh.GetProperty("version").GetInt32() != version
            || fresh.GetProperty("notice").GetProperty("servedOn").ValueKind != JsonValueKind.Null) return version;
        var d = JsonSerializer.SerializeToElement(decision);
        var notice = new Dictionary<string, object?>
        {
            ["penalties"] = d.TryGetProperty("penalties", out var p) ? p : null,
            ["fine"] = d.TryGetProperty("fine", out var f) ? f : null,
            ["text"] = "当事人销售假冒注册商标的商品，拟依法处罚",
        };
        var told = await client.SendIfMatchAsync(HttpMethod.Post, url + "/notify", notice, version);
        if (told.StatusCode != HttpStatusCode.OK) return version;
        version = (await told.JsonAsync()).GetProperty("version").GetInt32();
        var heard = await client.SendIfMatchAsync(HttpMethod.Post, url + "/statement", new { kind = "Waived" }, version);
        return heard.StatusCode == HttpStatusCode.OK ? (await heard.JsonAsync()).GetProperty("version").GetInt32() : version;
    }

    /// <summary>
    /// The party told of the broadest penalty the case allows — every kind with a fine of 250,000 yuan (a small trademark
    /// case's maximum), else 20,000; a case a transfer bars from money penalties is told of the others — and waiving: a
    /// decision within that is allowed by the notice. Returns the case as it is then.
    /// </summary>
    public static async Task<JsonElement> HeardAsync(this HttpClient client, JsonElement c)
    {
        var url = $"/api/cases/{c.GetProperty("id").GetGuid()}";
        var version = c.GetProperty("version").GetInt32();
        string[] all = ["Warning", "Fine", "ConfiscateGains", "ConfiscateGoods", "Suspension", "LicenceRevocation"];
        object[] notices =
        [
            new { penalties = all, fine = 250_000m, text = "拟依法处罚" }, new { penalties = all, fine = 20_000m, text = "拟依法处罚" },
            new { penalties = new[] { "Warning", "Suspension", "LicenceRevocation" }, text = "拟依法处罚" },
        ];
        HttpResponseMessage told = null!;
        foreach (var notice in notices)
        {
            told = await client.SendIfMatchAsync(HttpMethod.Post, url + "/notify", notice, version);
            if (told.StatusCode == HttpStatusCode.OK) break;
        }
        return await (await client.SendIfMatchAsync(HttpMethod.Post, url + "/statement", new { kind = "Waived" },
            (await told.JsonAsync()).GetProperty("version").GetInt32())).JsonAsync();
    }

    public static async Task<JsonElement> GetCaseAsync(this HttpClient client, JsonElement c) =>
        await (await client.GetAsync($"/api/cases/{c.GetProperty("id").GetGuid()}")).JsonAsync();

    public static JsonElement Clock(this JsonElement c, string rule) =>
        c.GetProperty("clocks").EnumerateArray().Single(x => x.GetProperty("ruleCode").GetString() == rule);

    public static string Due(this JsonElement clock) => clock.GetProperty("dueOn").GetString()!;
}
