using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// The served 行政处罚决定书 names the person: masked by default; the office or the handling unit's liaison asks with a
/// reason for that one print, which the case's history and the audit log record; nobody else can; lists, exports and
/// the API stay masked, and the next print is masked again.
/// </summary>
public abstract partial class CasePartyRevealTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
    private const string Name = "王小明";
    private const string IdNumber = "11010519491231002X";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> RevealAsync(HttpClient page, string tokenPage, string url, string reason)
    {
        var token = Token().Match(await (await page.GetAsync(tokenPage)).Content.ReadAsStringAsync()).Groups[1].Value;
        return await page.PostAsync(url + "?handler=Reveal",
            new FormUrlEncodedContent([new("reason", reason), new("__RequestVerificationToken", token)]));
    }

    private static int Reveals(JsonElement c) =>
        c.GetProperty("events").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "PartyRevealed");

    [Fact]
    public async Task The_decision_is_masked_until_a_keeper_gives_a_reason_and_then_names_the_person_on_that_print_only()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.Staff, new
        {
            partyKind = "Individual", partyName = Name, partyIdNumber = IdNumber, marketEntityId = (Guid?)null, title = (string?)null,
        });
        Assert.Equal("王**涉嫌销售假冒注册商标的商品案", c.GetProperty("title").GetString());
        c = await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款五千元" }))
            .JsonAsync();
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}/Print/Decision";
        var staff = await Pages.SignInAsync(app, t.W.Staff);

        var masked = await (await staff.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("王**", masked);
        Assert.DoesNotContain(Name, masked);
        Assert.Contains("id=\"reveal-form\"", masked);
        Assert.Contains("显示完整信息以打印送达", masked);
        // The summary is the case page's and the publication's: the numbered penalties say it once.
        Assert.DoesNotContain("罚款五千元", masked);

        var noReason = await RevealAsync(staff, url, url, "  ");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.True(Http.HasChinese(noReasonHtml.Split("id=\"reason-error\">")[1].Split("<")[0]));
        Assert.DoesNotContain(Name, noReasonHtml);
        Assert.Equal(0, Reveals(await t.Staff.GetCaseAsync(c)));

        var shown = await (await RevealAsync(staff, url, url, "打印送达处罚决定书")).Content.ReadAsStringAsync();
        Assert.Contains(Name, shown.Split("<p id=\"party\">")[1].Split("</p>")[0]);
        Assert.Contains($"<span id=\"party-id\">{IdNumber}</span>", shown);
        Assert.Contains("id=\"reveal-recorded\"", shown);
        // The blank 案由 was built from the masked name; the served copy names the person there too.
        Assert.Contains($"对{Name}涉嫌", shown);
        Assert.DoesNotContain("王**", shown);
        var after = await t.Staff.GetCaseAsync(c);
        Assert.Equal(1, Reveals(after));
        Assert.Contains(after.GetProperty("events").EnumerateArray(), e => e.GetProperty("note").GetString() == "打印送达处罚决定书");
        var audit = await (await (await t.W.ClientFor(t.W.Admin)).GetAsync("/api/audit?entityType=CaseEvent")).Content
            .ReadAsStringAsync();
        Assert.Contains("打印送达处罚决定书", audit);
        Assert.DoesNotContain(Name, audit);

        Assert.DoesNotContain(Name, await (await staff.GetAsync(url)).Content.ReadAsStringAsync());
        var list = await (await t.Staff.GetAsync("/api/cases")).Content.ReadAsStringAsync();
        using var zip = new ZipArchive(new MemoryStream(await t.Staff.GetByteArrayAsync("/api/cases/export.xlsx")));
        var export = string.Concat(zip.Entries.Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()));
        var summary = await (await t.Staff.GetAsync($"/api/cases/{c.GetProperty("id").GetGuid()}/publication-summary")).Content
            .ReadAsStringAsync();
        var page = await (await staff.GetAsync($"/Cases/{c.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        foreach (var text in new[] { after.ToString(), list, export, summary, page })
        {
            Assert.DoesNotContain(Name, text);
            Assert.DoesNotContain(IdNumber, text);
        }
    }

    [Fact]
    public async Task Another_units_liaison_finds_no_case_and_a_leader_is_offered_nothing_and_refused()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.Staff, new
        {
            partyKind = "Individual", partyName = Name, partyIdNumber = IdNumber, marketEntityId = (Guid?)null,
        });
        c = await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "警告" })).JsonAsync();
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}/Print/Decision";

        var other = await Pages.SignInAsync(app, t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RevealAsync(other, "/Cases", url, "打印送达处罚决定书")).StatusCode);

        var leader = await Pages.SignInAsync(app, t.W.Leader);
        var read = await (await leader.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"reveal-form\"", read);
        var refused = await RevealAsync(leader, "/Account/ChangePassword", url, "打印送达处罚决定书");
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);

        var keeper = await Pages.SignInAsync(app, t.W.LiaisonA);
        var shown = await (await RevealAsync(keeper, url, url, "本单位打印送达")).Content.ReadAsStringAsync();
        Assert.Contains(IdNumber, shown);
        Assert.Equal(1, Reveals(await t.Staff.GetCaseAsync(c)));
    }
}

[Collection("Sqlite")]
public sealed class CasePartyRevealSqlite(SqliteFactory f) : CasePartyRevealTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CasePartyRevealPostgres(PostgresFactory f) : CasePartyRevealTests(f.WithClockReset());
