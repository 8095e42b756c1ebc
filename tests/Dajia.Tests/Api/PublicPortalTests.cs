using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Api;

/// <summary>What the public sends and sees: photos, the reason a report was not accepted, the rate limit.</summary>
public abstract class PublicPortalTests(DajiaFactory app)
{
    [Fact]
    public async Task Photos_come_as_multipart_lose_their_location_and_bad_files_are_refused()
    {
        var w = await World.CreateAsync(app);
        MultipartFormDataContent Form(params (byte[] Bytes, string Name)[] photos)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(w.Town.Id.ToString()), "jurisdictionId" }, { new StringContent("Report"), "kind" },
                { new StringContent("带照片的匿名举报 " + w.Tag), "description" }, { new StringContent("true"), "anonymous" },
            };
            foreach (var (bytes, name) in photos) form.Add(new ByteArrayContent(bytes), "photos", name);
            return form;
        }
        var client = app.CreateClient();
        await (await client.PostAsync("/api/public/reports",
            Form((MarketEntities.ImageSanitizerTests.Png("GPS 22.53N"), "a.png"),
                (MarketEntities.ImageSanitizerTests.Jpeg("GPS 113.30E"), "b.jpg"))))
            .JsonAsync(HttpStatusCode.Created);
        var staff = await w.ClientFor(w.Staff);
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        var photos = clue.GetProperty("photos").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(2, photos.Count);
        foreach (var url in photos) Assert.DoesNotContain("GPS", System.Text.Encoding.Latin1.GetString(await staff.GetByteArrayAsync(url)));
        await (await (await w.ClientFor(w.LiaisonB)).GetAsync(photos[0])).ProblemAsync(HttpStatusCode.NotFound);

        // A Windows program's header: "MZ", then bytes no picture starts with.
        byte[] program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. " program"u8.ToArray()];
        var exe = await (await client.PostAsync("/api/public/reports", Form((program, "photo.jpg"))))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("只接受 JPEG、PNG 或 WebP 照片", exe.ErrorsFor("photos[0]").Single());
        var six = Enumerable.Range(0, 6).Select(i => (MarketEntities.ImageSanitizerTests.Png("x" + i), $"{i}.png")).ToArray();
        Assert.Equal("最多上传 5 张照片",
            (await (await client.PostAsync("/api/public/reports", Form(six))).ProblemAsync(HttpStatusCode.BadRequest))
                .ErrorsFor("photos").Single());
        var big = new byte[10 * 1024 * 1024 + 10];
        MarketEntities.ImageSanitizerTests.Png("x").CopyTo(big, 0);
        Assert.Equal("照片过大：不能超过 10 MB",
            (await (await client.PostAsync("/api/public/reports", Form((big, "big.png")))).ProblemAsync(HttpStatusCode.BadRequest))
                .ErrorsFor("photos[0]").Single());
        Assert.Equal(1, (await (await staff.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_report_not_accepted_shows_the_informant_why_and_where_else_to_turn()
    {
        var w = await World.CreateAsync(app);
        var receipt = await (await app.CreateClient().PostAsJsonAsync("/api/public/reports", new
        {
            kind = "Report", description = "隔壁镇商场有假货 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id,
        })).JsonAsync(HttpStatusCode.Created);
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/reject", new { reason = "不属于本镇管辖，请向所在镇市场监管所反映" })).JsonAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{receipt.GetProperty("trackingCode").GetString()}");
        request.Headers.Add("X-Access-Key", receipt.GetProperty("accessKey").GetString());
        var status = await (await app.CreateClient().SendAsync(request)).JsonAsync();
        Assert.Equal("不予受理。理由：不属于本镇管辖，请向所在镇市场监管所反映", status.GetProperty("timeline")[1].GetProperty("text").GetString());
    }
}

[Collection("Sqlite")]
public sealed class PublicPortalSqlite(SqliteFactory f) : PublicPortalTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PublicPortalPostgres(PostgresFactory f) : PublicPortalTests(f.WithClockReset());

public sealed class StrictRateFactory : SqliteFactory
{
    protected override int PublicRequestsPerMinute => 3;
}

[Collection("Sqlite")]
public sealed class PublicRateLimitTests(StrictRateFactory app) : IClassFixture<StrictRateFactory>
{
    [Fact]
    public async Task The_public_endpoints_refuse_a_flood_with_a_chinese_429()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++) await client.GetAsync("/api/public/reports/DJX");
        var problem = await (await client.GetAsync("/api/public/reports/DJX")).ProblemAsync((HttpStatusCode)429);
        Assert.Equal("请求过于频繁，请稍后再试", problem.Title());
    }
}
