using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Rules;

/// <summary>What the public's report becomes: a code that works however it is typed, and an informant stored only encrypted.</summary>
public abstract class PublicIntakeRuleTests(DajiaFactory app)
{
    [Fact]
    public async Task A_tracking_code_typed_in_lower_case_finds_the_report_through_the_api_and_the_page()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var (code, key) = await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"有人出售假冒洗发水 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id,
        });
        Assert.Equal(code.ToUpperInvariant(), code);
        Assert.NotEqual(code, code.ToLowerInvariant()); // it has letters to lower
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code.ToLowerInvariant()}");
        request.Headers.Add("X-Access-Key", key);
        var status = await (await app.CreateClient().SendAsync(request)).JsonAsync();
        Assert.Equal(code, status.GetProperty("trackingCode").GetString());

        var browser = app.CreateClient();
        var page = await browser.PostFormAsync("/Track", [new("TrackingCode", $" {code.ToLowerInvariant()} "), new("AccessKey", key)]);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"status\"", html);
        Assert.Contains(status.GetProperty("statusText").GetString()!, html);
    }

    [Fact]
    public async Task The_stored_informant_row_holds_no_name_phone_or_id_number_in_plain_text()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var (name, mobile, idNumber) = ("赵明文" + w.Tag, "13812345670", "44200019900101002X");
        var (code, _) = await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"实名举报假冒化肥 {w.Tag}", anonymous = false, jurisdictionId = w.Town.Id,
            informantName = name, informantMobile = mobile, informantIdNumber = idNumber,
        });
        var row = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var informant = await db.Unscoped<Clue>().Where(c => c.TrackingCode == code).Select(c => c.InformantId).SingleAsync();
            return await RawRowAsync(db, "Informants", informant!.Value);
        });
        Assert.Contains(w.Town.Id.ToString(), row, StringComparison.OrdinalIgnoreCase); // the row read is the informant's
        foreach (var secret in new[] { name, w.Tag, mobile, "1381234", idNumber, "442000199001" })
            Assert.DoesNotContain(secret, row, StringComparison.OrdinalIgnoreCase);
        // …and it does hold them: the office's reveal decrypts exactly what was sent.
        var staff = await w.ClientFor(w.Staff);
        var identity = await (await staff.PostAsJsonAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}/identity",
            new { reason = "核实举报细节" })).JsonAsync();
        Assert.Equal((name, mobile, idNumber), (identity.GetProperty("name").GetString(), identity.GetProperty("mobile").GetString(),
            identity.GetProperty("idNumber").GetString()));
    }

    /// <summary>Every column of the row as the database holds it, read with plain SQL (not through the model's converters).</summary>
    private static async Task<string> RawRowAsync(AppDbContext db, string table, Guid id)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))).ToList();
            if (values.Any(v => string.Equals(v, id.ToString(), StringComparison.OrdinalIgnoreCase))) return string.Join("|", values);
        }
        throw new InvalidOperationException($"no row {id} in {table}");
    }
}

[Collection("Sqlite")]
public sealed class PublicIntakeRuleSqlite(SqliteFactory f) : PublicIntakeRuleTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PublicIntakeRulePostgres(PostgresFactory f) : PublicIntakeRuleTests(f.WithClockReset());
