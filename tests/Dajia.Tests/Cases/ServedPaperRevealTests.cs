using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// The 行政处罚告知书 served on a person and the 涉嫌犯罪案件移送书 sent to the police about them name the person the same
/// way the 决定书 does (review 2 of #13, finding 3): masked by default; with a reason, shown on that print only and logged;
/// without one refused; a role that may not is offered nothing and refused.
/// </summary>
public abstract partial class ServedPaperRevealTests(DajiaFactory app)
{
    // Mon 14 Mar 2022, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2022, 3, 14, 2, 0, 0, TimeSpan.Zero);
    private const string Name = "王小明";
    private const string IdNumber = "11010519491231002X";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> RevealAsync(HttpClient page, string tokenPage, string url, string reason)
    {
        var token = Token().Match(await (await page.GetAsync(tokenPage)).Content.ReadAsStringAsync()).Groups[1].Value;
        return await page.PostAsync(url + (url.Contains('?') ? "&" : "?") + "handler=Reveal",
            new FormUrlEncodedContent([new("reason", reason), new("__RequestVerificationToken", token)]));
    }

    private static List<string?> Reveals(JsonElement c) => c.GetProperty("events").EnumerateArray()
        .Where(e => e.GetProperty("kind").GetString() == "PartyRevealed").Select(e => e.GetProperty("note").GetString()).ToList();

    private Task<JsonElement> PersonCaseAsync(CaseTown t, object? extra = null) => t.OpenAsync(t.Staff, extra ?? new
    {
        partyKind = "Individual", partyName = Name, partyIdNumber = IdNumber, marketEntityId = (Guid?)null, title = (string?)null,
    });

    private async Task AssertRevealsAsync(CaseTown t, JsonElement c, string url, string label)
    {
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        var masked = await staff.GetStringAsync(url);
        Assert.Contains("王**", masked);
        Assert.DoesNotContain(Name, masked);
        Assert.DoesNotContain(IdNumber, masked);
        Assert.Contains("id=\"reveal-form\"", masked);
        Assert.Contains(label, masked);

        var noReason = await (await RevealAsync(staff, url, url, " ")).Content.ReadAsStringAsync();
        Assert.True(Http.HasChinese(noReason.Split("id=\"reason-error\">")[1].Split("<")[0]));
        Assert.DoesNotContain(Name, noReason);
        Assert.Empty(Reveals(await t.Staff.GetCaseAsync(c)));
        var tagged = await (await RevealAsync(staff, url, url, "<b>打印送达</b>")).Content.ReadAsStringAsync();
        Assert.Contains("HTML", tagged.Split("id=\"reason-error\">")[1].Split("<")[0]);
        Assert.Empty(Reveals(await t.Staff.GetCaseAsync(c)));

        var shown = await (await RevealAsync(staff, url, url, "打印送达当事人")).Content.ReadAsStringAsync();
        Assert.Contains(Name, shown.Split("<p id=\"party\">")[1].Split("</p>")[0]);
        Assert.Contains($"<span id=\"party-id\">{IdNumber}</span>", shown);
        Assert.Contains("id=\"reveal-recorded\"", shown);
        Assert.Equal(["打印送达当事人"], Reveals(await t.Staff.GetCaseAsync(c)));
        Assert.DoesNotContain(Name, await staff.GetStringAsync(url));

        var leader = await Pages.SignInAsync(app, t.W.Leader);
        Assert.DoesNotContain("id=\"reveal-form\"", await leader.GetStringAsync(url));
        var refused = await RevealAsync(leader, "/Account/ChangePassword", url, "打印送达当事人");
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);
        Assert.Single(Reveals(await t.Staff.GetCaseAsync(c)));
    }

    [Fact]
    public async Task The_notice_is_masked_until_a_keeper_gives_a_reason_and_an_earlier_notice_too()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await PersonCaseAsync(t);
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}/Print/Notice";
        // Before the notice there is nothing to reveal on it.
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Equal(HttpStatusCode.Conflict, (await RevealAsync(staff, "/Account/ChangePassword", url, "打印送达当事人")).StatusCode);
        Assert.Empty(Reveals(await t.Staff.GetCaseAsync(c)));

        c = await (await t.Staff.ActAsync(c, "notify", new { penalties = new[] { "Fine" }, fine = 3000m, text = "拟罚款" })).JsonAsync();
        c = await (await t.Staff.ActAsync(c, "notify", new { penalties = new[] { "Fine" }, fine = 5000m, text = "拟罚款" })).JsonAsync();
        await AssertRevealsAsync(t, c, url, "打印送达本告知书");
        // Notice 1 too: the form keeps to the notice printed.
        var first = await (await RevealAsync(staff, url + "?n=1", url + "?n=1", "补打第一份告知书")).Content.ReadAsStringAsync();
        Assert.Contains("3,000.00", first);
        Assert.Contains(IdNumber, first);
    }

    [Fact]
    public async Task The_transfer_letter_names_the_person_for_the_police_once_a_keeper_gives_a_reason()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await PersonCaseAsync(t, new
        {
            partyKind = "Individual", partyName = Name, partyIdNumber = IdNumber, marketEntityId = (Guid?)null, title = (string?)null,
            violationType = "Substandard", caseValue = 60_000m, goodsValue = 0m,
        });
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer",
            new { police = "中山市公安局大涌分局", note = "销售金额六万元" })).JsonAsync(HttpStatusCode.Created);
        var url = $"/Cases/{id}/Print/Transfer";
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Equal(HttpStatusCode.Conflict, (await RevealAsync(staff, "/Account/ChangePassword", url, "移送公安机关")).StatusCode);

        var admin = await t.W.ClientFor(t.W.Admin);
        var version = (await (await admin.GetAsync($"/api/cases/{id}/transfer")).JsonAsync()).GetProperty("transfer")
            .GetProperty("version").GetInt32();
        (await admin.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{id}/transfer/approve", new { note = "同意移送" }, version))
            .EnsureSuccessStatusCode();
        await AssertRevealsAsync(t, c, url, "打印本移送书移送公安机关");
    }
}

[Collection("Sqlite")]
public sealed class ServedPaperRevealSqlite(SqliteFactory f) : ServedPaperRevealTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ServedPaperRevealPostgres(PostgresFactory f) : ServedPaperRevealTests(f.WithClockReset());
