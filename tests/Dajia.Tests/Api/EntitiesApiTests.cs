using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Dajia.Tests.Api;

public abstract class EntitiesApiTests(DajiaFactory app)
{
    private static object Entity(string name, string? code, string kind = "IndividualBusiness", string? stall = null, string? id = null) =>
        new
        {
            name, creditCode = code, kind, category = "Garments", stallNumber = stall, operatorName = "陈志伟", operatorIdNumber = id,
            contactPhone = "13800138000"
        };

    [Fact]
    public async Task The_credit_code_check_answers_valid_or_the_reason()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonA);
        var ok = await (await client.GetAsync("/api/validation/credit-code/91350100M000100Y43")).JsonAsync();
        Assert.True(ok.GetProperty("valid").GetBoolean());
        var bad = await (await client.GetAsync("/api/validation/credit-code/91310115MA1G4L1WXK")).JsonAsync();
        Assert.False(bad.GetProperty("valid").GetBoolean());
        Assert.Equal("校验位错误：第 18 位应为“7”，实为“K”，请核对代码是否抄错", bad.GetProperty("message").GetString());
        var z = await (await client.GetAsync("/api/validation/credit-code/91350100M000100Y4Z")).JsonAsync();
        Assert.StartsWith("第 18 位字符“Z”不允许", z.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_invalid_code_is_a_400_naming_creditCode_and_nothing_is_stored()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.Staff);
        var problem = await (await client.PostAsJsonAsync("/api/entities", Entity("坏代码布行" + w.Tag, "91350100M000100Y44")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("校验位错误", problem.ErrorsFor("creditCode").Single());
        var missing = await (await client.PostAsJsonAsync("/api/entities", Entity("无代码企业" + w.Tag, null, "Enterprise")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("请填写统一社会信用代码", missing.ErrorsFor("creditCode").Single());
        var badId = await (await client.PostAsJsonAsync("/api/entities", Entity("摊位" + w.Tag, null, "Stall", "A001", "110105194912310021")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("身份证号码校验位错误，请核对", badId.ErrorsFor("operatorIdNumber").Single());
        Assert.Equal(0,
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MarketEntities.CountAsync(e => e.Name.EndsWith(w.Tag))));
    }

    [Fact]
    public async Task Entities_are_created_found_by_name_code_or_stall_and_id_numbers_are_never_shown_whole()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var area = await (await staff.PostAsJsonAsync("/api/key-areas",
            new { name = "布业城" + w.Tag, kind = "Market", years = new[] { 2017 } })).JsonAsync(HttpStatusCode.Created);
        var created = await (await (await w.ClientFor(w.LiaisonA)).PostAsJsonAsync("/api/entities", new
        {
            name = "大涌镇陈记布行" + w.Tag, creditCode = "91350100m000100y43", kind = "IndividualBusiness", category = "Fabric",
            keyAreaId = area.GetProperty("id").GetGuid(), stallNumber = "B017", operatorIdNumber = "11010519491231002X",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("91350100M000100Y43", created.GetProperty("creditCode").GetString());
        Assert.Equal("1101**********002X", created.GetProperty("operatorIdMasked").GetString());
        var stored = await app.InScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().MarketEntities.SingleAsync(e => e.Name == "大涌镇陈记布行" + w.Tag));
        Assert.DoesNotContain("11010519491231002X", stored.OperatorIdCipher);

        foreach (var q in new[] { "陈记布行" + w.Tag, "91350100M0", "B017" })
        {
            var found = await (await staff.GetAsync($"/api/entities?q={Uri.EscapeDataString(q)}")).JsonAsync();
            Assert.Contains(found.GetProperty("items").EnumerateArray(), e =>
                e.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        }
        var dup = await (await staff.PostAsJsonAsync("/api/entities", Entity("另一家" + w.Tag, "91350100M000100Y43")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("已有经营主体使用该统一社会信用代码", dup.ErrorsFor("creditCode").Single());
        await (await (await w.ClientFor(w.Leader)).PostAsJsonAsync("/api/entities", Entity("领导" + w.Tag, null, "Stall")))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var other = await World.CreateAsync(app);
        await (await (await other.ClientFor(other.Staff)).GetAsync($"/api/entities/{created.GetProperty("id").GetGuid()}"))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_key_area_moves_forward_one_step_at_a_time_or_is_revoked()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var created = await staff.PostAsJsonAsync("/api/key-areas", new { name = "区域" + w.Tag, kind = "Street" });
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var skip = await (await staff.PostAsync($"/api/key-areas/{id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("重点区域状态只能依次推进", skip.GetProperty("detail").GetString());
        Assert.Equal("Rectifying",
            (await (await staff.PostAsync($"/api/key-areas/{id}/rectify", null)).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("Accepted",
            (await (await staff.PostAsync($"/api/key-areas/{id}/accept", null)).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("Revoked",
            (await (await staff.PostAsync($"/api/key-areas/{id}/revoke", null)).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Import_applies_every_row_or_none_and_names_bad_rows()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PostAsJsonAsync("/api/key-areas", new { name = "布业城" + w.Tag, kind = "Market" }))
            .JsonAsync(HttpStatusCode.Created);
        static byte[] Book(params Dictionary<string, object?>[] rows)
        {
            using var ms = new MemoryStream();
            ms.SaveAs(rows);
            return ms.ToArray();
        }
        Dictionary<string, object?> Row(string name, string? code, string kind, string? area = null, string? stall = null) => new()
        {
            ["名称"] = name, ["统一社会信用代码"] = code, ["类型"] = kind, ["类别"] = "布料", ["重点区域"] = area, ["摊位号"] = stall,
            ["地址"] = null, ["经营者姓名"] = "张三", ["经营者身份证号"] = null, ["联系电话"] = "0760-87112233", ["风险等级"] = "高", ["状态"] = "在营",
        };
        var bad = Book(Row("甲" + w.Tag, "914403001922038216", "企业"), Row("乙" + w.Tag, "914403001922038217", "企业"),
            Row("丙" + w.Tag, null, "摊位", "不存在的区域"), Row("丁" + w.Tag, "914403001922038216", "企业"));
        var problem = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(bad))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("第 3 行 统一社会信用代码：校验位错误", problem.ErrorsFor("row3").Single());
        Assert.Equal("第 4 行 重点区域：重点区域不存在", problem.ErrorsFor("row4").Single());
        Assert.StartsWith("第 5 行 统一社会信用代码：同一统一社会信用代码", problem.ErrorsFor("row5").Single());
        Assert.Equal(0,
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MarketEntities.CountAsync(e => e.Name.EndsWith(w.Tag))));

        var good = Book(Row("甲" + w.Tag, "914403001922038216", "企业"), Row("丙" + w.Tag, null, "摊位", "布业城" + w.Tag, "C003"));
        var result = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(good))).JsonAsync();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var again = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(good))).JsonAsync();
        Assert.Equal(1, again.GetProperty("updated").GetInt32()); // the coded one is found again; a stall without code is added anew
        var export = await (await staff.GetAsync("/api/entities/export.xlsx")).Content.ReadAsByteArrayAsync();
        // The export has a title row; its header is on row 2, and the importer reads it there.
        var rows = new MemoryStream(export).Query(useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["名称"] == "甲" + w.Tag && (string)r["风险等级"] == "高" && (string)r["类型"] == "企业");
        await (await (await w.ClientFor(w.LiaisonA)).PostAsync("/api/entities/import", Workbooks.Upload(good)))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection("Sqlite")]
public sealed class EntitiesApiSqlite(SqliteFactory f) : EntitiesApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class EntitiesApiPostgres(PostgresFactory f) : EntitiesApiTests(f.WithClockReset());
