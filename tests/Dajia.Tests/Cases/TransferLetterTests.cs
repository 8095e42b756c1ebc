using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// 涉嫌犯罪案件移送书 (国务院令第310号第六条): the hand-over waits for the head's approval and numbers the letter; the print
/// view applies once approved, shows the number and the attached materials, and never numbers on GET.
/// </summary>
public abstract class TransferLetterTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<JsonElement> ViewAsync(HttpClient c, Guid caseId) =>
        await (await c.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync();

    private static async Task<HttpResponseMessage> StepAsync(HttpClient c, Guid caseId, string step, object body) =>
        await c.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/{step}", body,
            (await ViewAsync(c, caseId)).GetProperty("transfer").GetProperty("version").GetInt32());

    private static async Task<List<string>> KindsAsync(HttpClient c, Guid caseId) =>
        (await (await c.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("kind").GetString()!).ToList();

    private async Task<(CaseDocsTown T, Guid Case)> ReportedAsync()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(Dajia.Web.Domain.Cases.ViolationType.Substandard, 60_000m, 0m);
        (await t.AddExhibitAsync(t.Staff, caseId)).EnsureSuccessStatusCode();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "中山市公安局大涌分局", note = "销售金额六万元，涉嫌生产、销售伪劣产品罪" })).JsonAsync(HttpStatusCode.Created);
        return (t, caseId);
    }

    [Fact]
    public async Task The_hand_over_is_refused_until_the_head_approved_and_the_letter_does_not_apply_before()
    {
        var (t, caseId) = await ReportedAsync();
        var before = await ViewAsync(t.Staff, caseId);
        var refused = await (await StepAsync(t.Staff, caseId, "hand-over", new { note = "移送" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("负责人批准", refused.GetProperty("detail").GetString());
        var after = await ViewAsync(t.Staff, caseId);
        var was = before.GetProperty("transfer");
        var now = after.GetProperty("transfer");
        Assert.Equal(("Reported", was.GetProperty("version").GetInt32()),
            (now.GetProperty("status").GetString(), now.GetProperty("version").GetInt32()));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("letterNumber").ValueKind);
        Assert.DoesNotContain("TransferLetter", await KindsAsync(t.Staff, caseId));
        // Neither 取号 nor the print view nor the case page's link before the approval.
        var early = await (await t.Staff.PostAsync($"/api/cases/{caseId}/documents/TransferLetter", null))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("尚未批准", early.GetProperty("detail").GetString());
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var print = await page.GetAsync($"/Cases/{caseId}/Print/Transfer");
        Assert.Equal(HttpStatusCode.Conflict, print.StatusCode);
        Assert.Contains("尚未批准", await print.Content.ReadAsStringAsync());
        Assert.DoesNotContain("/Print/Transfer", await page.GetStringAsync($"/Cases/{caseId}"));

        // A refused transfer is never handed over either.
        (await StepAsync(await t.W.ClientFor(t.W.Admin), caseId, "reject", new { note = "证据不足" })).EnsureSuccessStatusCode();
        Assert.Contains("负责人批准", (await (await StepAsync(t.Staff, caseId, "hand-over", new { })).ProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await page.GetAsync($"/Cases/{caseId}/Print/Transfer")).StatusCode);
    }

    [Fact]
    public async Task The_approved_letter_prints_unnumbered_and_the_hand_over_numbers_it_once()
    {
        var (t, caseId) = await ReportedAsync();
        (await StepAsync(await t.W.ClientFor(t.W.Admin), caseId, "approve", new { note = "同意移送" })).EnsureSuccessStatusCode();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var details = await page.GetStringAsync($"/Cases/{caseId}");
        Assert.Contains($"/Cases/{caseId}/Print/Transfer", details);
        Assert.Contains("id=\"transfer-letter-hint\"", details);

        // Viewing never numbers: a blank and, on screen, how it is numbered.
        var url = $"/Cases/{caseId}/Print/Transfer";
        var blank = await page.GetStringAsync(url);
        Assert.Contains("class=\"missing-number\"", blank);
        Assert.Contains("id=\"number-hint\"", blank);
        Assert.DoesNotContain("TransferLetter", await KindsAsync(t.Staff, caseId));

        var handed = await (await StepAsync(t.Staff, caseId, "hand-over", new { note = "移送书及案卷材料已送达" })).JsonAsync();
        Assert.Equal("HandedOver", handed.GetProperty("status").GetString());
        var view = await ViewAsync(t.Staff, caseId);
        var number = view.GetProperty("letterNumber").GetString()!;
        Assert.EndsWith("移字〔2017〕1号", number);

        var printed = await page.GetStringAsync(url);
        Assert.Contains(number, printed);
        Assert.DoesNotContain("id=\"number-hint\"", printed);
        Assert.Contains("涉嫌犯罪案件移送书", printed);
        Assert.Contains("中山市公安局大涌分局：", printed);
        Assert.Contains("生产、销售伪劣产品罪", printed);
        Assert.Contains("第三条、第六条", printed);
        foreach (var material in new[] { "涉嫌犯罪案件情况的调查报告", "涉案物品清单", "有关检验报告或者鉴定结论", "其他有关涉嫌犯罪的材料" })
            Assert.Contains(material, printed);
        Assert.Contains("销售金额六万元", printed);
        Assert.Contains("共1项", printed);
        Assert.Contains("2017年9月20日", printed);
        Assert.Contains("回执", printed);
        // Printed again, listed again: the same one number.
        Assert.Contains(number, await page.GetStringAsync(url));
        Assert.Single(await KindsAsync(t.Staff, caseId), k => k == "TransferLetter");
        var again = await page.GetStringAsync($"/Cases/{caseId}");
        Assert.Contains("id=\"transfer-letter\"", again);
        Assert.Contains(number, again);
    }

    [Fact]
    public async Task A_letter_numbered_by_hand_after_the_approval_keeps_its_number_at_the_hand_over()
    {
        var (t, caseId) = await ReportedAsync();
        (await StepAsync(await t.W.ClientFor(t.W.Admin), caseId, "approve", new { })).EnsureSuccessStatusCode();
        var taken = await (await t.Staff.PostAsync($"/api/cases/{caseId}/documents/TransferLetter", null)).JsonAsync();
        (await StepAsync(t.Staff, caseId, "hand-over", new { })).EnsureSuccessStatusCode();
        Assert.Equal(taken.GetProperty("number").GetString(), (await ViewAsync(t.Staff, caseId)).GetProperty("letterNumber").GetString());
        var neighbour = await t.W.NeighbourAsync();
        var other = await neighbour.ClientFor(neighbour.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Pages.SignInAsync(app, t.W.LiaisonB))
            .GetAsync($"/Cases/{caseId}/Print/Transfer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/transfer")).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class TransferLetterSqlite(SqliteFactory f) : TransferLetterTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class TransferLetterPostgres(PostgresFactory f) : TransferLetterTests(f.WithClockReset());
