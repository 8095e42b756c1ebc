using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>立案追诉标准 as data: which standards apply depends on the case's date, and each gives its basis.</summary>
public abstract class TransferThresholdTests(DajiaFactory app)
{
    private async Task<HttpClient> StaffAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        return await w.ClientFor(w.Staff);
    }

    private static async Task<JsonElement> CheckAsync(HttpClient c, string offence, string sales, string goods, string on) =>
        await (await c.GetAsync($"/api/transfer-thresholds/check?offence={offence}&caseValue={sales}&goodsValue={goods}&on={on}"))
            .JsonAsync();

    [Theory]
    [InlineData("49999.99", "0", false, null)]
    [InlineData("50000", "0", true, "substandard.sales")]
    [InlineData("0", "150000", true, "substandard.unsold")]
    [InlineData("40000", "30000", true, "substandard.combined")]
    [InlineData("30000", "59999", false, null)]
    public async Task Substandard_products_cross_at_fifty_thousand_sold_or_one_fifty_unsold(
        string sales, string goods, bool transfer, string? code)
    {
        var staff = await StaffAsync();
        var v = await CheckAsync(staff, "SubstandardProducts", sales, goods, "2017-09-20");
        Assert.Equal(transfer, v.GetProperty("mustTransfer").GetBoolean());
        Assert.Equal(code, v.GetProperty("crossed") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("code").GetString() : null);
        Assert.Equal(3, v.GetProperty("inForce").GetArrayLength());
    }

    [Fact]
    public async Task A_basis_is_the_legal_citation_only_and_a_stored_one_with_the_editorial_note_is_corrected_on_start()
    {
        const string note = "（数额据公开报道整理，以司法解释原文为准）";
        Assert.All(Dajia.Web.Data.Cases.TransferThresholdSeed.Thresholds(), t => Assert.DoesNotContain("公开报道", t.LegalBasis));
        var staff = await StaffAsync();
        // A database seeded when the 2025 basis carried the note, as the reviewer's did.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Dajia.Web.Data.AppDbContext>();
            return await db.Database.ExecuteSqlAsync($"""
                UPDATE "TransferThresholds" SET "LegalBasis" = REPLACE("LegalBasis", '（法释〔2025〕5号）', {"（法释〔2025〕5号）" + note})
                WHERE "EffectiveFrom" = {new DateOnly(2025, 4, 26)}
                """);
        });
        await app.InScopeAsync(async sp =>
        {
            await Dajia.Web.Data.Cases.TransferThresholdSeeder.SeedAsync(sp.GetRequiredService<Dajia.Web.Data.AppDbContext>());
            return 0;
        });
        var v = await CheckAsync(staff, "SellingCounterfeitGoods", "60000", "0", "2025-05-01");
        var basis = v.GetProperty("crossed").GetProperty("legalBasis").GetString()!;
        Assert.StartsWith("《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件适用法律若干问题的解释》（法释〔2025〕5号）：", basis);
        Assert.DoesNotContain("公开报道", basis);
    }

    [Fact]
    public async Task Selling_counterfeit_goods_is_judged_by_the_standard_in_force_on_the_case_date()
    {
        var staff = await StaffAsync();
        // 2010 standard: sold 40,000 + unsold 120,000 = 160,000 ≥ 150,000 → transfer.
        var old = await CheckAsync(staff, "SellingCounterfeitGoods", "40000", "120000", "2017-09-20");
        Assert.True(old.GetProperty("mustTransfer").GetBoolean());
        Assert.Equal("selling.combined", old.GetProperty("crossed").GetProperty("code").GetString());
        Assert.Contains("第七十条", old.GetProperty("crossed").GetProperty("legalBasis").GetString());
        // The same figures after 法释〔2025〕5号 took effect: no combined rule, so no transfer.
        var later = await CheckAsync(staff, "SellingCounterfeitGoods", "40000", "120000", "2025-04-26");
        Assert.False(later.GetProperty("mustTransfer").GetBoolean());
        Assert.Equal(2, later.GetProperty("inForce").GetArrayLength());
        Assert.All(later.GetProperty("inForce").EnumerateArray(),
            t => Assert.Contains("法释〔2025〕5号", t.GetProperty("legalBasis").GetString()));
        // The last day of the 2010 standard still counts.
        Assert.True((await CheckAsync(staff, "SellingCounterfeitGoods", "40000", "120000", "2025-04-25")).GetProperty("mustTransfer")
            .GetBoolean());
        // Before any standard existed (2008 for 伪劣产品, 2010 for trademarks) nothing applies.
        var before = await CheckAsync(staff, "CounterfeitTrademark", "900000", "0", "2009-01-01");
        Assert.False(before.GetProperty("mustTransfer").GetBoolean());
        Assert.Equal(0, before.GetProperty("inForce").GetArrayLength());
    }

    [Fact]
    public async Task The_list_by_date_holds_each_version_once()
    {
        var staff = await StaffAsync();
        var all = await (await staff.GetAsync("/api/transfer-thresholds")).JsonAsync();
        var on2017 = await (await staff.GetAsync("/api/transfer-thresholds?on=2017-09-20")).JsonAsync();
        var on2026 = await (await staff.GetAsync("/api/transfer-thresholds?on=2026-01-01")).JsonAsync();
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        Assert.Equal(8, on2017.GetProperty("items").GetArrayLength());
        Assert.Equal(7, on2026.GetProperty("items").GetArrayLength());
        Assert.All(all.GetProperty("items").EnumerateArray(), t => Assert.True(Http.HasChinese(t.GetProperty("legalBasis").GetString()!)));
    }

    [Theory]
    [InlineData("offence=Murder&caseValue=1&goodsValue=1&on=2017-01-01", "offence")]
    [InlineData("offence=SubstandardProducts&caseValue=-5&on=2017-01-01", "caseValue")]
    [InlineData("offence=SubstandardProducts&goodsValue=1e30&on=2017-01-01", "goodsValue")]
    [InlineData("offence=SubstandardProducts&caseValue=1.001&on=2017-01-01", "caseValue")]
    [InlineData("offence=SubstandardProducts&caseValue=1&on=2017-02-30", "on")]
    [InlineData("offence=SubstandardProducts&caseValue=1", "on")]
    public async Task Hostile_checks_are_refused_in_chinese(string query, string field)
    {
        var staff = await StaffAsync();
        var problem = await (await staff.GetAsync("/api/transfer-thresholds/check?" + query)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(problem.ErrorsFor(field), m => Assert.True(Http.HasChinese(m)));
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task The_standards_are_for_signed_in_users()
    {
        var answer = await app.CreateClient().GetAsync("/api/transfer-thresholds");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class TransferThresholdSqlite(SqliteFactory f) : TransferThresholdTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class TransferThresholdPostgres(PostgresFactory f) : TransferThresholdTests(f.WithClockReset());
