using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SkiaSharp;

namespace Dajia.Tests.Reporting;

/// <summary>
/// 纸质盖章件: after submitting, the unit records the day the stamped copy was faxed and its scan; the type comes from
/// the bytes; another unit sees nothing; a replacement keeps the older copy; the office's matrix shows the date.
/// </summary>
public abstract class PaperCopyTests(DajiaFactory app)
{
    /// <summary>A small but well-formed one-page PDF.</summary>
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    internal static MultipartFormDataContent Form(byte[] bytes, string name, string type, string? sentOn = null)
    {
        var form = new MultipartFormDataContent();
        if (sentOn is not null) form.Add(new StringContent(sentOn), "sentOn");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task A_scan_is_recorded_after_submitting_checked_by_its_bytes_kept_from_other_units_and_replaced_with_history()
    {
        app.Clock.Now = ReportingTests.China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await ReportingTests.PlanAsync(staff);
        var (a, b, leader) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB), await w.ClientFor(w.Leader));
        var url = $"{ReportingTests.Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        report = await ReportingTests.SaveAsync(a, url, report, null);

        var early = await a.PostAsync($"{url}/paper-copy", Form(Pdf, "盖章件.pdf", "application/pdf", "2017-09-13"));
        Assert.Equal("报表提交后才能登记纸质盖章件", (await early.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        report = await ReportingTests.PostAsync(a, $"{url}/submit", report);

        var exe = await a.PostAsync($"{url}/paper-copy", Form(TestImages.Exe(), "盖章件.pdf", "application/pdf", "2017-09-13"));
        Assert.Equal(["扫描件只接受 PDF 文件或 JPG、PNG 照片"], (await exe.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("file"));
        var fake = await a.PostAsync($"{url}/paper-copy", Form("PDF 1.4 但不是"u8.ToArray(), "盖章件.pdf", "application/pdf", "2017-09-13"));
        Assert.Equal(["扫描件只接受 PDF 文件或 JPG、PNG 照片"], (await fake.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("file"));
        var future = await a.PostAsync($"{url}/paper-copy", Form(Pdf, "盖章件.pdf", "application/pdf", "2017-09-14"));
        Assert.Equal(["传真或送达日期须在报表提交之日至今天之间"], (await future.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("sentOn"));
        var none = await (await a.GetAsync($"{url}/paper-copies")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, none.GetProperty("current").ValueKind);
        await (await a.GetAsync($"{url}/paper-copy")).ProblemAsync(HttpStatusCode.NotFound);

        var copies = await (await a.PostAsync($"{url}/paper-copy", Form(Pdf, "盖章件.exe", "application/x-msdownload", "2017-09-13")))
            .JsonAsync();
        Assert.Equal(1, copies.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal("盖章件.pdf", copies.GetProperty("current").GetProperty("fileName").GetString());
        var download = await a.GetAsync($"{url}/paper-copy");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // Another unit's liaison: the report is not theirs to see, nor its scan.
        await (await b.PostAsync($"{url}/paper-copy", Form(Pdf, "x.pdf", "application/pdf", "2017-09-13")))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync($"{url}/paper-copy")).ProblemAsync(HttpStatusCode.NotFound);
        await (await leader.PostAsync($"{url}/paper-copy", Form(Pdf, "x.pdf", "application/pdf", "2017-09-13")))
            .ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(Pdf, await (await leader.GetAsync($"{url}/paper-copy")).Content.ReadAsByteArrayAsync());

        app.Clock.Now = ReportingTests.China(2017, 9, 15);
        (a, staff) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.Staff));
        var photo = TestImages.Encode(1200, 900, SKEncodedImageFormat.Png);
        copies = await (await a.PostAsync($"{url}/paper-copy", Form(photo, "传真.png", "image/png", "2017-09-15"))).JsonAsync();
        Assert.Equal(2, copies.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal("image/jpeg", copies.GetProperty("current").GetProperty("contentType").GetString());
        Assert.Equal("传真.jpg", copies.GetProperty("current").GetProperty("fileName").GetString());
        var old = Assert.Single(copies.GetProperty("history").EnumerateArray());
        Assert.Equal("2017-09-13", old.GetProperty("sentOn").GetString());
        var current = await (await a.GetAsync($"{url}/paper-copy")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8, 0xFF], current[..3]); // the photo encoded anew as JPEG
        Assert.Equal(Pdf, await (await a.GetAsync($"{url}/paper-copy?number=1")).Content.ReadAsByteArrayAsync());

        var matrix = await (await staff.GetAsync($"{ReportingTests.Quarterly}/submissions")).JsonAsync();
        var rows = matrix.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        Assert.Equal("2017-09-15", rows[w.UnitA.Id].GetProperty("paperCopyOn").GetString());
        Assert.Equal(JsonValueKind.Null, rows[w.UnitB.Id].GetProperty("paperCopyOn").ValueKind);
    }

    internal static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task The_page_shows_the_copy_and_takes_an_upload_in_chinese()
    {
        app.Clock.Now = ReportingTests.China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await ReportingTests.PlanAsync(await w.ClientFor(w.Staff));
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{ReportingTests.Quarterly}/units/{w.UnitA.Id}";
        var report = await ReportingTests.SaveAsync(a, url, await (await a.GetAsync(url)).JsonAsync(), null);
        await ReportingTests.PostAsync(a, $"{url}/submit", report);

        var page = await Pages.SignInAsync(app, w.LiaisonA);
        var path = $"/Reports/key-area-quarterly/2017Q3/Units/{w.UnitA.Id}/PaperCopy";
        var html = await page.GetStringAsync(path);
        Assert.Contains("尚未登记纸质盖章件", html);
        var token = Token(html);
        var form = Form(TestImages.Exe(), "scan.pdf", "application/pdf", "2017-09-13");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var refused = await page.PostAsync(path, form);
        Assert.Contains("扫描件只接受 PDF 文件或 JPG、PNG 照片", await refused.Content.ReadAsStringAsync());
        form = Form(Pdf, "scan.pdf", "application/pdf", "2017-09-13");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("https://example.com/"), "returnTo");
        var done = await page.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(path, done.Headers.Location!.OriginalString); // never to another site
        html = await page.GetStringAsync(path);
        Assert.Contains("纸质盖章件已登记", html);
        Assert.Contains("2017-09-13 传真/送达", html);
    }
}

[Collection("Sqlite")]
public sealed class PaperCopySqlite(SqliteFactory f) : PaperCopyTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PaperCopyPostgres(PostgresFactory f) : PaperCopyTests(f.WithClockReset());
