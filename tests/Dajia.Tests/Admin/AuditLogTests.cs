using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Admin;

/// <summary>The audit log in words: Chinese names for types, fields and values, China time, who, a link, filters, an export.</summary>
public abstract partial class AuditLogTests(DajiaFactory app)
{
    private static readonly object NewLiaison = new
    {
        name = "王小红", gender = "Female", title = "科员", officePhone = "0760-87110002", mobile = "13800138001",
        email = "b@example.com",
    };

    private async Task<(World W, HttpClient Admin, Guid StaffId)> TownWithChangesAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 12, 1, 30, 0, TimeSpan.Zero); // 09:30 in China
        var w = await World.CreateAsync(app);
        var staffId = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var staff = (await users.FindByNameAsync(w.Staff))!;
            staff.DisplayName = "何雪梅";
            await users.UpdateAsync(staff);
            return staff.Id;
        });
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 5, 0, TimeSpan.Zero); // 10:05 in China
        await (await (await w.ClientFor(w.Staff)).PutAsJsonAsync($"/api/units/{w.UnitA.Id}/liaison", NewLiaison)).JsonAsync();
        return (w, await w.ClientFor(w.Admin), staffId);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient admin, string query) =>
        (await (await admin.GetAsync("/api/audit?" + query)).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private static Dictionary<string, (string? Before, string? After)> Fields(JsonElement entry) =>
        entry.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!,
            f => (f.GetProperty("before").GetString(), f.GetProperty("after").GetString()));

    [Fact]
    public async Task Entries_read_in_chinese_with_china_time_who_and_a_link_to_the_record()
    {
        var (w, admin, staffId) = await TownWithChangesAsync();
        var entries = await ItemsAsync(admin, $"userId={staffId}&entityType=Liaison");
        Assert.Equal(2, entries.Count);

        var added = entries.Single(e => e.GetProperty("action").GetString() == "Added");
        Assert.Equal(("联络员", "新增", "何雪梅（" + w.Staff + "）"), (added.GetProperty("typeName").GetString(),
            added.GetProperty("actionName").GetString(), added.GetProperty("who").GetString()));
        Assert.Equal($"/Units/{w.UnitA.Id}", added.GetProperty("link").GetString());
        Assert.Equal("2017-09-13T10:05:00+08:00", added.GetProperty("at").GetString());
        var fields = Fields(added);
        Assert.Equal((null, "王小红"), fields["姓名"]);
        Assert.Equal((null, "女"), fields["性别"]);
        Assert.Equal((null, "2017-09-13 10:05"), fields["任职起始"]);
        Assert.Equal((null, "市场监管分局" + w.Tag), fields["单位"]);
        Assert.Equal((null, "联络员"), fields["角色"]);
        // The raw keys stay for programs: the stored field names and the user's id.
        Assert.Equal(staffId, added.GetProperty("userId").GetGuid());
        Assert.Contains("\"Gender\"", added.GetProperty("changes").GetString());

        // The predecessor's row was only modified: its unit is read from the row to link the entry.
        var ended = entries.Single(e => e.GetProperty("action").GetString() == "Modified");
        Assert.Equal($"/Units/{w.UnitA.Id}", ended.GetProperty("link").GetString());
        Assert.Equal((null, "2017-09-13 10:05"), Fields(ended)["任职截止"]);

        // The user's own row: the record is named and linked, a bool is 是/否.
        var user = (await ItemsAsync(admin, $"entityType=AppUser&entityId={staffId}"))
            .Single(e => e.GetProperty("action").GetString() == "Added");
        Assert.Equal(("何雪梅（" + w.Staff + "）", $"/Admin/Users/Edit/{staffId}"),
            (user.GetProperty("recordName").GetString(), user.GetProperty("link").GetString()));
        Assert.Equal((null, "否"), Fields(user)["已停用"]);
        Assert.Equal((null, "（已加密，不显示）"), Fields(user)["密码"]);
        var role = Assert.Single(await ItemsAsync(admin, "entityType=IdentityUserRole%601"),
            e => e.GetProperty("entityId").GetString()!.StartsWith(staffId.ToString(), StringComparison.Ordinal));
        Assert.Equal((null, "打假办工作人员"), Fields(role)["角色"]);
        Assert.Equal($"/Admin/Users/Edit/{staffId}", role.GetProperty("link").GetString());

        var page = await (await Pages.SignInAsync(app, w.Admin)).GetStringAsync($"/Admin/Audit?userId={staffId}&entityType=Liaison");
        var text = Tags().Replace(page, " ");
        foreach (var words in new[] { "2017-09-13 10:05:00", "何雪梅（" + w.Staff + "）", "联络员", "性别", "女", "王小红" })
            Assert.Contains(words, text);
        Assert.DoesNotMatch(GuidText(), text);
        Assert.DoesNotContain("Liaison", text);
        Assert.Contains($"href=\"/Units/{w.UnitA.Id}\"", page);
        Assert.Contains($"<option value=\"{staffId}\" selected=\"selected\">何雪梅（{w.Staff}）</option>", page);
        Assert.Contains("<option value=\"Liaison\" selected=\"selected\">联络员</option>", page);
    }

    [Fact]
    public async Task Filters_by_person_china_dates_and_type_and_refuses_bad_ones()
    {
        var (w, admin, staffId) = await TownWithChangesAsync();
        Assert.All(await ItemsAsync(admin, $"userId={staffId}"), e => Assert.Equal(staffId, e.GetProperty("userId").GetGuid()));
        // The new liaison was recorded on 13 Sep in China; the seeded one on 12 Sep (01:30 UTC is 09:30 in China).
        Assert.Equal(["Modified", "Added"], (await ItemsAsync(admin, $"entityType=Liaison&from=2017-09-13&to=2017-09-13"))
            .Where(e => e.GetProperty("link").GetString() == $"/Units/{w.UnitA.Id}").Select(e => e.GetProperty("action").GetString()));
        var earlier = (await ItemsAsync(admin, "entityType=Liaison&to=2017-09-12"))
            .Where(e => e.GetProperty("link").GetString() == $"/Units/{w.UnitA.Id}").ToList();
        Assert.Equal("Added", Assert.Single(earlier).GetProperty("action").GetString());
        Assert.Empty(await ItemsAsync(admin, $"userId={staffId}&from=2017-09-14"));

        var bad = await (await admin.GetAsync("/api/audit?from=2017-09-14&to=2017-09-13&entityType=Lizard&userId=x&page=0"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["entityType", "page", "to", "userId"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("请从列表中选择对象类型", bad.ErrorsFor("entityType").Single());
        await (await admin.GetAsync("/api/audit/export.xlsx?from=2017-02-30")).ProblemAsync(HttpStatusCode.BadRequest);
        var page = await (await Pages.SignInAsync(app, w.Admin)).GetStringAsync("/Admin/Audit?from=2017-09-14&to=2017-09-13");
        Assert.Contains("结束日期不能早于开始日期", page);
    }

    [Fact]
    public async Task The_export_holds_the_filtered_entries_in_words_with_real_times_and_a_dated_name()
    {
        var (w, admin, staffId) = await TownWithChangesAsync();
        var response = await admin.GetAsync($"/api/audit/export.xlsx?userId={staffId}&entityType=Liaison");
        Assert.Equal("审计日志-2017-09-13.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = book.Worksheets.First();
        Assert.StartsWith("审计日志（共 2 条", ws.Cell(1, 1).GetString());
        Assert.Equal(["时间", "操作人", "操作", "对象类型", "对象", "变更内容"], Enumerable.Range(1, 6).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal(XLDataType.DateTime, ws.Cell(3, 1).DataType);
        Assert.Equal(new DateTime(2017, 9, 13, 10, 5, 0), ws.Cell(3, 1).GetDateTime());
        var rows = Enumerable.Range(3, 2).Select(r => ws.Cell(r, 6).GetString()).ToList();
        Assert.Contains(rows, c => c.Contains("性别：女", StringComparison.Ordinal));
        Assert.Contains("何雪梅（" + w.Staff + "）", ws.Cell(3, 2).GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await w.ClientFor(w.Staff)).GetAsync("/api/audit/export.xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_informants_identity_never_reaches_the_log_the_page_or_the_export()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = "实名举报假冒耐克 " + w.Tag, anonymous = false,
            informantName = "陈秘密", informantMobile = "13912345678", informantIdNumber = "11010519491231002X",
            jurisdictionId = w.Town.Id,
        });
        var admin = await w.ClientFor(w.Admin);
        var informant = Assert.Single(await ItemsAsync(admin, "entityType=Informant"));
        Assert.Equal((null, "（已加密，不显示）"), Fields(informant)["姓名（加密）"]);
        Assert.Equal("公众（网上举报）", informant.GetProperty("who").GetString());
        var clue = Assert.Single(await ItemsAsync(admin, "entityType=Clue"));
        Assert.StartsWith("举报人 #", Fields(clue)["举报人"].After);
        Assert.StartsWith("/Clues/", clue.GetProperty("link").GetString());

        var everything = new[]
        {
            await (await admin.GetAsync("/api/audit?pageSize=200")).Content.ReadAsStringAsync(),
            await (await Pages.SignInAsync(app, w.Admin)).GetStringAsync("/Admin/Audit"),
            Cells(await (await admin.GetAsync("/api/audit/export.xlsx")).Content.ReadAsByteArrayAsync()),
        };
        foreach (var secret in new[] { "陈秘密", "13912345678", "11010519491231002X" })
            Assert.All(everything, text => Assert.DoesNotContain(secret, text));
    }

    private static string Cells(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        return string.Join("\n", book.Worksheets.First().CellsUsed().Select(c => c.GetString()));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidText();
}

[Collection("Sqlite")]
public sealed class AuditLogSqlite(SqliteFactory f) : AuditLogTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AuditLogPostgres(PostgresFactory f) : AuditLogTests(f.WithClockReset());
