using System.Net;
using System.Net.Http.Json;
using Dajia.Tests.Cases;

namespace Dajia.Tests.Reach;

/// <summary>
/// No dead ends around a case: the print line offers what applies now, /Cases/New says at once why its clue cannot open a
/// case, a liaison is offered only their unit, a town without officers is told where to add them, and an operation's
/// inspection leads to the case opened from it.
/// </summary>
public abstract class CaseDeadEndTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient page, string url)
    {
        var r = await page.GetAsync(url);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private async Task<Guid> ClueAsync(CaseTown t, string result)
    {
        // A marker no other clue's text contains ("True" is inside "PartlyTrue").
        var marker = $"Q{result.Length}{result[0]}{t.W.Tag}";
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = $"摊位卖假牛仔裤 {marker}", anonymous = true,
            jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(marker);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/take", new { })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result, notes = "现场核实" })).JsonAsync();
        return clue;
    }

    [Fact]
    public async Task A_clue_that_cannot_open_a_case_is_refused_at_once_and_a_true_one_is_named_with_its_text_beside_the_facts()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var untrue = await ClueAsync(t, "False");
        var opened = await ClueAsync(t, "True");
        var body = new { clueId = opened, officerIds = t.OfficersA, marketEntityId = t.Entity, facts = "当事人销售假冒牛仔裤" };
        await (await t.Staff.PostAsJsonAsync("/api/cases", body)).JsonAsync(HttpStatusCode.Created);
        var fresh = await ClueAsync(t, "PartlyTrue");
        var page = await Pages.SignInAsync(app, t.W.Staff);

        foreach (var (id, said) in new[]
        {
            (Guid.NewGuid().ToString(), "线索不存在"), ("not-a-guid", "线索不存在"), (untrue.ToString(), "只有核查属实或部分属实的线索可以立案"),
            (opened.ToString(), "该线索已立案"),
        })
        {
            var (status, html) = await GetAsync(page, $"/Cases/New?clueId={id}");
            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Contains(said, html);
            Assert.Contains("id=\"origin-refused\"", html);
            Assert.DoesNotContain("id=\"case-form\"", html);
            Assert.DoesNotContain("不是有效的值", html);
        }

        var (ok, form) = await GetAsync(page, $"/Cases/New?clueId={fresh}");
        Assert.Equal(HttpStatusCode.OK, ok);
        var number = (await (await t.Staff.GetAsync($"/api/clues/{fresh}")).JsonAsync()).GetProperty("number").GetString()!;
        Assert.Contains($"从线索 {number} 立案", form);
        Assert.Contains($"摊位卖假牛仔裤 Q10P{t.W.Tag}", form.Split("id=\"clue-text\"")[1].Split("</div>")[0]);
        Assert.Contains("></textarea>", form.Split("id=\"facts\"")[1]);
    }

    [Fact]
    public async Task A_liaison_is_offered_their_own_unit_and_officers_and_a_town_without_officers_is_told_where_to_add_them()
    {
        var bare = await World.CreateAsync(app);
        var (_, empty) = await GetAsync(await Pages.SignInAsync(app, bare.Staff), "/Cases/New");
        Assert.Contains("id=\"setup-missing\"", empty);
        Assert.Contains("还没有可选择的执法人员", empty);
        Assert.Contains("href=\"/RandomDraws\"", empty);

        var t = await CaseTown.CreateAsync(app, Now);
        var (_, html) = await GetAsync(await Pages.SignInAsync(app, t.W.LiaisonA), "/Cases/New");
        Assert.Contains($"value=\"{t.W.UnitA.Id}\"", html);
        Assert.DoesNotContain($"value=\"{t.W.UnitB.Id}\"", html);
        Assert.Contains($"value=\"{t.OfficersA[0]}\"", html);
        Assert.DoesNotContain($"value=\"{t.OfficerB}\"", html);
        Assert.DoesNotContain("id=\"setup-missing\"", html);
        var (_, office) = await GetAsync(await Pages.SignInAsync(app, t.W.Staff), "/Cases/New");
        Assert.Contains($"value=\"{t.OfficerB}\"", office);
    }

    [Fact]
    public async Task The_print_line_links_only_the_documents_that_apply_and_a_refused_print_page_offers_no_print_button()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var (_, html) = await GetAsync(page, $"/Cases/{id}");
        var line = html.Split("id=\"print-links\"")[1].Split("</p>")[0];
        Assert.Contains($"/Cases/{id}/Print/Filing", line);
        Assert.Contains($"/Cases/{id}/Print/File", line);
        foreach (var doc in new[] { "Scene", "Decision", "Closing" }) Assert.DoesNotContain($"/Print/{doc}\"", line);
        // The list's dates never break across lines on a desktop.
        Assert.Contains("class=\"nowrap\">2026-11-18<", (await GetAsync(page, "/Cases")).Item2);

        var (status, refused) = await GetAsync(page, $"/Cases/{id}/Print/Decision");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.DoesNotContain("data-print", refused);
        Assert.Contains("data-print", (await GetAsync(page, $"/Cases/{id}/Print/Filing")).Item2);
    }

    [Fact]
    public async Task An_operations_inspection_row_links_the_case_opened_from_it_with_its_number_and_status()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var op = await (await t.Staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "联合检查" + t.W.Tag, startsAt = Now.AddHours(-2), leadUnitId = t.W.UnitA.Id,
            personnel = 4, vehicles = 1,
        })).JsonAsync(HttpStatusCode.Created);
        var opId = op.GetProperty("id").GetGuid();
        var inspected = await (await t.Staff.PostAsJsonAsync($"/api/operations/{opId}/inspections",
            new { marketEntityId = t.Entity, result = "GoodsSeized", notes = "查获假冒牛仔裤" })).JsonAsync();
        var inspectionId = inspected.GetProperty("inspections")[0].GetProperty("id").GetGuid();
        var c = await t.OpenAsync(t.Staff, new { inspectionId });

        var (_, html) = await GetAsync(await Pages.SignInAsync(app, t.W.Staff), $"/Operations/{opId}");
        var row = html.Split("class=\"inspection-case\"")[1].Split("</span>")[0];
        Assert.Contains($"href=\"/Cases/{c.GetProperty("id").GetGuid()}\"", row);
        Assert.Contains(c.GetProperty("number").GetString()!, row);
        Assert.Contains("已立案", row);
    }
}

[Collection("Sqlite")]
public sealed class CaseDeadEndSqlite(SqliteFactory f) : CaseDeadEndTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseDeadEndPostgres(PostgresFactory f) : CaseDeadEndTests(f.WithClockReset());
