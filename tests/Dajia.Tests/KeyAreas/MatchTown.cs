using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Tests.KeyAreas;

/// <summary>A town with 岚田布业城 (other name 布业城), two shops of one name in it, and a stall of the same number outside it.</summary>
public sealed record MatchTown(World W, HttpClient Staff, Guid Area, Guid OtherArea, Guid HeA12, Guid HeB3, Guid OutsideA12)
{
    public static async Task<MatchTown> CreateAsync(DajiaFactory app)
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        async Task<Guid> Area(string name, string[] aliases) =>
            (await (await staff.PostAsJsonAsync("/api/key-areas", new { name, kind = "Market", years = new[] { 2017 }, aliases }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var area = await Area("岚田布业城", ["布业城"]);
        var other = await Area("大涌红木家具街", []);
        async Task<Guid> Entity(string name, Guid? keyAreaId, string stall, int n) =>
            (await (await staff.PostAsJsonAsync("/api/entities", new
            {
                name, creditCode = Code(n), kind = "IndividualBusiness", category = "Fabric", keyAreaId, stallNumber = stall,
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var n = Random.Shared.Next(1_000_000, 9_000_000);
        return new MatchTown(w, staff, area, other, await Entity("大涌镇何记布行", area, "A012", n), await Entity("大涌镇何记布行", area, "B003", n + 1),
            await Entity("红木坊", other, "A012", n + 2));
    }

    /// <summary>A valid code of the town's own: 92 (个体工商户), 442000 (中山), nine digits, its check character.</summary>
    public static string Code(int n)
    {
        var head = $"92442000MA{n:0000000}";
        return head + CreditCode.CheckCharacter(head);
    }

    /// <summary>Staff record a hotline report naming the merchant and address; returns the clue's id.</summary>
    public async Task<Guid> RecordAsync(string merchant, string? address, Guid? marketEntityId = null) =>
        (await (await Staff.PostAsJsonAsync("/api/clues", new
        {
            source = "Hotline", kind = "Report", merchantName = merchant, address, description = $"{merchant} 出售假冒商品",
            anonymous = true, marketEntityId,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task<System.Text.Json.JsonElement> MatchOfAsync(Guid clue) =>
        await (await Staff.GetAsync($"/api/clues/{clue}/match")).JsonAsync();
}
