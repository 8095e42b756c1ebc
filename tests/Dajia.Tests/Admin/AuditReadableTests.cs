using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Dajia.Tests.Api;
using Dajia.Web.Data.Demo;
using SkiaSharp;

namespace Dajia.Tests.Admin;

/// <summary>
/// After the whole demo and a clue's journey (a public report with a photo, assignment, verification with evidence, sent
/// back), every line of the log and its export reads as words: no key, JSON, escape or internal code.
/// </summary>
public abstract partial class AuditReadableTests(DajiaFactory app)
{
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}")]
    private static partial Regex Guid();

    // "clue.verify", "image/jpeg", "public", "unitName": lowercase words and codes; accounts after a name, a file name's
    // extension and an e-mail address (the plan's contact) are allowed.
    [GeneratedRegex(@"[{}]|\\u[0-9a-fA-F]{4}|\b[a-z]{2,}\b|Audit\.")]
    private static partial Regex Code();

    [GeneratedRegex(@"（[a-z0-9.\-]+）|(?<=账号：\s*)[a-z0-9.\-]+|\.(jpg|png|pdf|xlsx)\b|[\w.\-]+@[\w.\-]+")]
    private static partial Regex Account();

    private async Task<(HttpClient Admin, string Number)> JourneyAsync()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var town = (await (await staff.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("jurisdictionId").GetString()!;
        var tag = "审计走查" + System.Guid.NewGuid().ToString("N")[..6];
        var report = new MultipartFormDataContent
        {
            { new StringContent(town), "jurisdictionId" }, { new StringContent("Report"), "kind" },
            { new StringContent("岚田布业城有人卖假冒名牌牛仔裤 " + tag), "description" }, { new StringContent("true"), "anonymous" },
        };
        report.Add(new ByteArrayContent(TestImages.Encode(200, 100, SKEncodedImageFormat.Jpeg)), "photos", "现场.jpg");
        await (await app.CreateClient().PostAsync("/api/public/reports", report)).JsonAsync(HttpStatusCode.Created);
        var id = await staff.FindClueAsync(tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var lead = await World.ClientFor(app, "liaison.scjg", DemoSeeder.Password);
        var unit = (await (await lead.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("unitId").GetGuid();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = unit })).JsonAsync();
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var form = new MultipartFormDataContent { { new StringContent("True"), "result" }, { new StringContent("现场查获"), "notes" } };
        form.Add(new ByteArrayContent(TestImages.Encode(200, 100, SKEncodedImageFormat.Jpeg)), "evidence", "现场.jpg");
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "evidence", "扣押清单.pdf");
        var verified = await (await lead.PostAsync($"/api/clues/{id}/verify", form)).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = "证据不足" })).JsonAsync();
        return (await World.ClientFor(app, "office.admin", DemoSeeder.Password), verified.GetProperty("number").GetString()!);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient admin, string type) =>
        (await (await admin.GetAsync($"/api/audit?entityType={type}&pageSize=100")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();

    private static Dictionary<string, (string? Before, string? After)> Fields(JsonElement entry) =>
        entry.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!,
            f => (f.GetProperty("before").GetString(), f.GetProperty("after").GetString()));

    private static void Readable(string where, string text)
    {
        var shown = Account().Replace(text, "");
        Assert.False(Guid().IsMatch(shown), $"{where}: {text}");
        Assert.False(Code().IsMatch(shown), $"{where}: {text}");
    }

    [Fact]
    public async Task Every_entry_of_the_demo_and_a_journey_reads_as_words_in_the_page_and_the_export()
    {
        var (admin, number) = await JourneyAsync();
        var response = await admin.GetAsync("/api/audit/export.xlsx");
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = book.Worksheets.First();
        var last = ws.LastRowUsed()!.RowNumber();
        Assert.True(last > 100, $"{last} rows");
        var same = new Regex(@"^([^：]+)：(.+) → \2$"); // a field that did not change is not listed
        for (var row = 3; row <= last; row++)
            Assert.DoesNotContain(ws.Cell(row, 6).GetString().Split('\n'), same.IsMatch);
        for (var row = 3; row <= last; row++)
            foreach (var col in new[] { 2, 4, 5, 6 }) Readable($"R{row}C{col}", ws.Cell(row, col).GetString());

        var page = await (await Pages.SignInAsync(app, "office.admin", DemoSeeder.Password)).GetStringAsync("/Admin/Audit");
        var start = page.IndexOf("<table class=\"audit\">", StringComparison.Ordinal);
        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        Readable("page", WebUtility.HtmlDecode(Regex.Replace(table, "<[^>]+>", " ")));

        var submission = (await ItemsAsync(admin, "RoundSubmission")).First();
        Assert.Equal("（报送内容，见该版本）", Fields(submission)["报送内容"].After);
        Assert.Matches("^/LiaisonTables/20[0-9]{2}/Units/.+#version-[0-9]+$", submission.GetProperty("link").GetString());
        Assert.Matches("第[0-9]+版$", submission.GetProperty("recordName").GetString());
        Assert.DoesNotContain("报送人账号", Fields(submission).Keys);

        var deadline = (await ItemsAsync(admin, "Deadline")).First(d => Fields(d).TryGetValue("所属事项", out var s) && s.After == number);
        Assert.DoesNotContain("规则编号", Fields(deadline).Keys);
        var change = (await ItemsAsync(admin, "DeadlineChange")).First();
        Assert.NotEqual("（时限）", Fields(change)["时限"].After);
        Assert.Equal(Fields(change)["时限"].After, change.GetProperty("recordName").GetString());

        var events = await ItemsAsync(admin, "ClueEvent");
        Assert.Contains(events, e => e.GetProperty("recordName").GetString() == number && Fields(e)["办理人"].After == "公众");
        var evidence = await ItemsAsync(admin, "ClueEvidence");
        Assert.Equal(["PDF 文件", "照片"], evidence.Select(e => Fields(e)["文件类型"].After).Order());
        Assert.All(evidence, e => Assert.Matches(" (B|KB|MB)$", Fields(e)["文件大小"].After));

        // Sent back for re-checking: the result it had is shown going to empty.
        var clue = (await ItemsAsync(admin, "Clue")).First(e => e.GetProperty("recordName").GetString() == number);
        Assert.Equal(("属实", "（空）"), Fields(clue)["核查结果"]);
    }
}

[Collection("Sqlite")]
public sealed class AuditReadableSqlite(DemoSqliteFactory f) : AuditReadableTests(f), IClassFixture<DemoSqliteFactory>;

[Collection("Postgres")]
public sealed class AuditReadablePostgres(DemoPostgresFactory f) : AuditReadableTests(f), IClassFixture<DemoPostgresFactory>;
