using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// A transfer step's documents uploaded through the case page (multipart, as the browser sends the form): a real PDF is
/// kept and listed; a file that only calls itself a PDF comes back under its field in Chinese and nothing is stored;
/// another unit's liaison finds no such case.
/// </summary>
public abstract partial class TransferUploadPageTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>A one-page PDF with its cross-reference table, as a scanner or a word processor writes one.</summary>
    private static byte[] RealPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:0000000000} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient page, string tokenPage, string url, int version,
        byte[] bytes, string fileName)
    {
        var token = Token().Match(await (await page.GetAsync(tokenPage)).Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("transfer-docs-1"), "form" }, { new StringContent("1"), "sequence" },
            { new StringContent(version.ToString()), "version" }, { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "documents", fileName },
        };
        return await page.PostAsync(url + "?handler=TransferDocuments", form);
    }

    private static async Task<JsonElement> TransferAsync(HttpClient api, Guid caseId) =>
        (await (await api.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync()).GetProperty("transfer");

    [Fact]
    public async Task A_real_pdf_is_kept_and_listed_a_fake_one_is_refused_under_its_field_and_another_units_liaison_finds_nothing()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(caseValue: 60_000m);
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "中山市公安局大涌分局", note = "案值六万元，涉嫌犯罪" })).JsonAsync(HttpStatusCode.Created);
        var url = $"/Cases/{caseId}";
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        var version = (await TransferAsync(t.Staff, caseId)).GetProperty("version").GetInt32();

        var fake = await UploadAsync(page, url, url, version, "MZ\u0090\0 not a pdf"u8.ToArray(), "移送书.pdf");
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        var html = await fake.Content.ReadAsStringAsync();
        var message = html.Split("id=\"transfer-docs-1-documents-error\">")[1].Split("<")[0];
        Assert.True(Http.HasChinese(message));
        // The transfer's own words, and what its input accepts (not the clue evidence's).
        Assert.Contains("移送文书只接受", message);
        Assert.Contains("accept=\"image/jpeg,image/png,image/webp,application/pdf\"", html);
        Assert.Contains("<details open=\"open\"><summary>", html.Split("data-step=\"Report\"")[1].Split("</li>")[0]);
        Assert.Empty((await TransferAsync(t.Staff, caseId)).GetProperty("steps")[0].GetProperty("documents").EnumerateArray());

        var other = await Pages.SignInAsync(app, t.W.LiaisonB);
        var foreign = await UploadAsync(other, "/Cases", url, version, RealPdf(), "移送书.pdf");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty((await TransferAsync(t.Staff, caseId)).GetProperty("steps")[0].GetProperty("documents").EnumerateArray());

        var real = await UploadAsync(page, url, url, version, RealPdf(), "移送书.pdf");
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        var doc = (await TransferAsync(t.Staff, caseId)).GetProperty("steps")[0].GetProperty("documents").EnumerateArray().Single();
        Assert.Equal("移送书.pdf", doc.GetProperty("fileName").GetString());
        var shown = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{doc.GetProperty("url").GetString()}\" download>移送书.pdf</a>", shown);
        var download = await t.Staff.GetAsync(doc.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(RealPdf(), await download.Content.ReadAsByteArrayAsync());
    }
}

[Collection("Sqlite")]
public sealed class TransferUploadPageSqlite(SqliteFactory f) : TransferUploadPageTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class TransferUploadPagePostgres(PostgresFactory f) : TransferUploadPageTests(f.WithClockReset());
