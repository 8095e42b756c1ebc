using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Dajia.Tests.KeyAreas;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Clues;

/// <summary>
/// What staff read on clue pages: one status label for a complaint wherever it shows, people by name, no empty rows; and
/// the entity matcher stays inside the receiving town.
/// </summary>
public abstract partial class ClueWordingTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_accepted_complaint_reads_awaiting_mediation_in_the_list_the_detail_the_export_and_on_the_home_page()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Complaint", description = $"买到的牛仔裤掉色，要求退货 {w.Tag}", anonymous = false, jurisdictionId = w.Town.Id,
            informantName = "林小红", informantMobile = "13812345678",
        });
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"有人出售假冒耐克 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id,
        });
        var staff = await w.ClientFor(w.Staff);
        var list = await (await staff.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync();
        foreach (var item in list.GetProperty("items").EnumerateArray())
            await (await staff.PostAsJsonAsync($"/api/clues/{item.GetProperty("id").GetGuid()}/accept", new { })).JsonAsync();
        var complaint = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "Complaint")
            .GetProperty("id").GetGuid();

        var office = await Pages.SignInAsync(app, w.Staff);
        var rows = await office.GetStringAsync($"/Clues?q={w.Tag}");
        Assert.Contains("<td data-label=\"状态\">已受理待调解</td>", rows);
        Assert.Contains("<td data-label=\"状态\">已受理待交办</td>", rows);
        Assert.Contains("已受理待调解</span></h1>", await office.GetStringAsync($"/Clues/{complaint}"));
        var home = await office.GetStringAsync("/");
        Assert.Contains("已受理待调解", home);

        var export = await staff.GetAsync($"/api/clues/export.xlsx?q={w.Tag}");
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var cells = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("已受理待调解", cells);
        Assert.Contains("已受理待交办", cells);
    }

    [Fact]
    public async Task Evidence_names_the_person_who_added_it_and_a_complaint_page_has_no_empty_rows_in_any_state()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == w.LiaisonA)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "梁振国")));
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"仓库存放假冒李维斯 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id,
        });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        var office = await Pages.SignInAsync(app, w.Staff);
        await NoEmptyRowsAsync(office, id);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await NoEmptyRowsAsync(office, id);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        await NoEmptyRowsAsync(office, id);
        var lead = await w.ClientFor(w.LiaisonA);
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var form = new MultipartFormDataContent { { new StringContent("True"), "result" }, { new StringContent("查获假冒商品"), "notes" } };
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "evidence", "扣押清单.pdf");
        await (await lead.PostAsync($"/api/clues/{id}/verify", form)).JsonAsync();

        var html = await NoEmptyRowsAsync(office, id);
        var evidence = Regex.Match(html, "<section class=\"card\" id=\"evidence\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("<span class=\"person\">梁振国</span>", evidence);
        Assert.DoesNotContain(w.LiaisonA, evidence);

        await app.CreateClient().ReportAsync(new
        {
            kind = "Complaint", description = $"投诉商家拒绝退货 {w.Tag}-c", anonymous = false, jurisdictionId = w.Town.Id,
            informantName = "林小红", informantMobile = "13812345678",
        });
        var complaint = await staff.FindClueAsync($"{w.Tag}-c");
        await NoEmptyRowsAsync(office, complaint);
        await (await staff.PostAsJsonAsync($"/api/clues/{complaint}/accept", new { })).JsonAsync();
        await NoEmptyRowsAsync(office, complaint);
        await (await staff.PostAsJsonAsync($"/api/clues/{complaint}/mediation/start", new { })).JsonAsync();
        html = await NoEmptyRowsAsync(office, complaint);
        Assert.DoesNotContain("核查单位", html);
        Assert.DoesNotContain("承办单位", html);
        // In the list, a complaint's empty unit and due cells are left out rather than shown as labels with nothing.
        var rows = await office.GetStringAsync($"/Clues?q={w.Tag}-c");
        Assert.DoesNotMatch("<td data-label=\"[^\"]+\">\\s*</td>", rows);
    }

    private static async Task<string> NoEmptyRowsAsync(HttpClient office, Guid id)
    {
        var html = await office.GetStringAsync($"/Clues/{id}");
        Assert.DoesNotMatch("<dd[^>]*>\\s*</dd>", html);
        return html;
    }

    [Fact]
    public async Task The_matcher_proposes_nothing_from_a_neighbouring_towns_register()
    {
        app.Clock.Now = Wednesday;
        var t = await MatchTown.CreateAsync(app);
        var neighbour = await t.W.NeighbourAsync();
        var theirs = await neighbour.ClientFor(neighbour.Staff);
        var code = MatchTown.Code(Random.Shared.Next(1_000_000, 9_000_000));
        var entity = await (await theirs.PostAsJsonAsync("/api/entities", new
        {
            name = "邻镇布行", creditCode = code, kind = "IndividualBusiness", category = "Fabric",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.NotEqual(Guid.Empty, entity.GetProperty("id").GetGuid());

        var ours = await t.RecordAsync("邻镇布行", $"统一社会信用代码 {code}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await t.MatchOfAsync(ours)).GetProperty("entity").ValueKind);
        var inTheirTown = await (await theirs.PostAsJsonAsync("/api/clues", new
        {
            source = "Hotline", kind = "Report", merchantName = "邻镇布行", address = $"信用代码 {code}", description = "邻镇布行出售假冒商品",
            anonymous = true,
        })).JsonAsync(HttpStatusCode.Created);
        var match = await (await theirs.GetAsync($"/api/clues/{inTheirTown.GetProperty("id").GetGuid()}/match")).JsonAsync();
        Assert.Equal(entity.GetProperty("id").GetGuid(), match.GetProperty("entity").GetProperty("id").GetGuid());
    }
}

[Collection("Sqlite")]
public sealed class ClueWordingSqlite(SqliteFactory f) : ClueWordingTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueWordingPostgres(PostgresFactory f) : ClueWordingTests(f.WithClockReset());
