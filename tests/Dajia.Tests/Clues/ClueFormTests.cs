using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Clues;

/// <summary>
/// The clue page's forms after a refusal: what was typed comes back, every mistake is reported at once under its field,
/// no enum's code name reaches a person, a closing without telling the informant needs a real reason, and the history
/// says what each step decided.
/// </summary>
public abstract partial class ClueFormTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China.
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private async Task<(World W, HttpClient Staff, HttpClient Page, Guid Id)> AcceptedAsync(bool realName = false)
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"出售假冒耐克 {w.Tag}", anonymous = !realName, jurisdictionId = w.Town.Id,
            informantName = realName ? "陈秘密" : null, informantMobile = realName ? "13912345678" : null,
        });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        return (w, staff, await Pages.SignInAsync(app, w.Staff), id);
    }

    private static async Task<int> VersionAsync(HttpClient staff, Guid id) =>
        (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("version").GetInt32();

    private static async Task<string> ActAsync(HttpClient page, Guid id, params (string Name, string Value)[] fields)
    {
        var r = await page.PostFormAsync($"/Clues/{id}", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            $"/Clues/{id}?handler=Act");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_assignment_keeps_what_was_typed_and_reports_every_mistake_at_once_under_its_field()
    {
        var (w, staff, page, id) = await AcceptedAsync();
        var version = await VersionAsync(staff, id);
        var html = await ActAsync(page, id, ("action", "assign"), ("version", $"{version}"), ("UnitId", $"{w.UnitA.Id}"),
            ("CoUnitIds", $"{w.UnitA.Id}"), ("Instructions", "请现场核查A区12号并封存样品"), ("DueOn", "2026-13-40"));
        Assert.Contains("协查单位不能是承办单位本身", html);
        Assert.Contains("id=\"CoUnitIds-error\"", html);
        Assert.Contains("id=\"DueOn-error\"", html);
        Assert.Contains("请现场核查A区12号并封存样品</textarea>", html);
        Assert.Contains("value=\"2026-13-40\"", html);
        Assert.Matches($"<option value=\"{w.UnitA.Id}\" selected=\"selected\">", html);
        Assert.Equal("Accepted", (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("status").GetString());

        // Accepted, the history says to whom, with whom and by when.
        var done = await page.PostFormAsync($"/Clues/{id}", [new("action", "assign"), new("version", $"{version}"),
            new("UnitId", $"{w.UnitA.Id}"), new("CoUnitIds", $"{w.UnitB.Id}"), new("DueOn", "2026-11-27")], $"/Clues/{id}?handler=Act");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var shown = WebUtility.HtmlDecode(await (await page.GetAsync($"/Clues/{id}")).Content.ReadAsStringAsync());
        Assert.Contains($"交给{w.UnitA.Name}，协查：{w.UnitB.Name}，办理期限 2026-11-27", shown);
    }

    [Fact]
    public async Task A_refused_verification_keeps_what_was_typed_names_each_bad_file_and_words_the_result_in_chinese_only()
    {
        var (w, staff, page, id) = await AcceptedAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var version = await VersionAsync(staff, id);
        var form = await page.GetAsync($"/Clues/{id}");
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent("verify"), "action" }, { new StringContent($"{version}"), "version" },
            { new StringContent(""), "Result" }, { new StringContent("现场查获假冒耐克牛仔裤 12 条"), "Notes" },
            { new StringContent("AJ-2026-0007"), "CaseReference" }, { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("not a photo"u8.ToArray()), "Evidence", "清单.docx" },
            { new ByteArrayContent("MZ fake"u8.ToArray()), "Evidence", "工具.exe" },
        };
        var r = await page.PostAsync($"/Clues/{id}?handler=Act", body);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("清单.docx：证据只接受", html);
        Assert.Contains("工具.exe：证据只接受", html);
        Assert.Contains("现场查获假冒耐克牛仔裤 12 条</textarea>", html);
        Assert.Contains("value=\"AJ-2026-0007\"", html);
        Assert.Contains("id=\"Result-error\">请选择核查结果</span>", html); // a missing choice names its field
        Assert.DoesNotContain("取值应为", html);
        Assert.DoesNotContain("PartlyTrue", html.Replace("value=\"PartlyTrue\"", ""));

        // The API words a bad result the same way: the labels, never the code names.
        var p = await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "Maybe", notes = "核查" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var said = p.ErrorsFor("result").Single();
        Assert.Contains("部分属实", said);
        Assert.DoesNotContain("True", said);
        var missing = await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify", new { notes = "核查" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请选择核查结果", missing.ErrorsFor("result").Single());

        // The label is accepted as the value, and the case number has its own label on the page and in the history.
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify",
            new { result = "部分属实", notes = "查获少量假冒商品", caseReference = "AJ-2026-0007" })).JsonAsync();
        var shown = WebUtility.HtmlDecode(await (await page.GetAsync($"/Clues/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("<dt>立案编号</dt><dd id=\"case-reference\">AJ-2026-0007</dd>", shown);
        Assert.Contains("部分属实：查获少量假冒商品；立案编号 AJ-2026-0007", shown);
    }

    [Fact]
    public async Task Closing_without_telling_needs_a_reason_from_the_list_with_the_attempts_and_a_note_and_the_history_says_it()
    {
        var (w, staff, page, id) = await AcceptedAsync(realName: true);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "属实" })).JsonAsync();
        const string text = "经核查，您反映的问题属实，已依法查处。";

        var x = await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", new { publicOutcome = text, untoldReason = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请选择未能告知的原因", x.ErrorsFor("untoldKind").Single()); // a missing choice names its field
        Assert.Single(x.ErrorsFor("untoldReason"));
        var unreachable = await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", new
        {
            publicOutcome = text, untoldKind = "Unreachable", untoldLastTriedOn = "2026-11-19", untoldReason = "电话无人接听",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(unreachable.ErrorsFor("untoldAttempts"));
        Assert.Single(unreachable.ErrorsFor("untoldLastTriedOn")); // tomorrow

        var version = await VersionAsync(staff, id);
        var html = await ActAsync(page, id, ("action", "close"), ("version", $"{version}"), ("PublicOutcome", text),
            ("UntoldKind", "Unreachable"), ("UntoldAttempts", "1"), ("UntoldReason", "短信"));
        Assert.Contains("id=\"UntoldAttempts-error\"", html);
        Assert.Contains("id=\"UntoldLastTriedOn-error\"", html);
        Assert.Contains("id=\"UntoldReason-error\"", html);
        Assert.Matches("<option value=\"Unreachable\" selected=\"selected\">", html);
        Assert.Equal("Verified", (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("status").GetString());

        var closed = await page.PostFormAsync($"/Clues/{id}", [new("action", "close"), new("version", $"{version}"),
            new("PublicOutcome", text), new("UntoldKind", "Unreachable"), new("UntoldAttempts", "3"),
            new("UntoldLastTriedOn", "2026-11-18"),
            new("UntoldReason", "拨打登记的手机三次无人接听")], $"/Clues/{id}?handler=Act");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var shown = WebUtility.HtmlDecode(await (await page.GetAsync($"/Clues/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("多次联系不上（联系 3 次，最后一次 2026-11-18）：拨打登记的手机三次无人接听", shown);
        var outcome = (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("outcome");
        Assert.Equal(("Unreachable", 3), (outcome.GetProperty("untoldKind").GetString(), outcome.GetProperty("untoldAttempts").GetInt32()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection("Sqlite")]
public sealed class ClueFormSqlite(SqliteFactory f) : ClueFormTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueFormPostgres(PostgresFactory f) : ClueFormTests(f.WithClockReset());
