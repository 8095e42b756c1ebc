using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// A form version belongs to a town, a city or a province: a town takes the version along its chain (its own, its city's,
/// its province's, the shared default) in force from the latest year, the nearest owner's on the same year; the title
/// names the town it is shown to; only the admin of the owner (or of a place above it) adds one.
/// </summary>
public abstract class ReportFormOwnerTests(DajiaFactory app)
{
    private const string Versions = "/api/reports/forms/key-area-quarterly/versions";

    private static async Task<Dictionary<string, object?>> InputAsync(HttpClient admin, int fromYear, string title, Guid? owner = null)
    {
        var form = await (await admin.GetAsync(Versions)).JsonAsync();
        var shared = form.GetProperty("versions").EnumerateArray()
            .First(v => v.GetProperty("jurisdictionId").ValueKind == JsonValueKind.Null);
        return new()
        {
            ["fromYear"] = fromYear, ["title"] = title, ["basis"] = "本地方案",
            ["definition"] = JsonSerializer.Deserialize<Dictionary<string, object?>>(shared.GetProperty("definition").GetRawText()),
            ["jurisdictionId"] = owner,
        };
    }

    private static async Task<string> TitleAsync(HttpClient staff, string period, Guid unit) =>
        (await (await staff.GetAsync($"/api/reports/key-area-quarterly/{period}/units/{unit}")).JsonAsync())
            .GetProperty("title").GetString()!;

    private static async Task<List<Guid?>> OwnersAsync(HttpClient c) =>
        (await (await c.GetAsync(Versions)).JsonAsync()).GetProperty("versions").EnumerateArray()
            .Select(v => v.GetProperty("jurisdictionId").ValueKind == JsonValueKind.Null ? null : (Guid?)v.GetProperty("jurisdictionId")
                .GetGuid()).ToList();

    [Fact]
    public async Task A_towns_own_version_is_its_alone_the_citys_is_inherited_and_another_towns_admin_cannot_touch_it()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var n = await w.NeighbourAsync();
        var (admin, staff) = (await w.ClientFor(w.Admin), await w.ClientFor(w.Staff));
        var (otherAdmin, otherStaff) = (await n.ClientFor(n.Admin), await n.ClientFor(n.Staff));
        Assert.Equal($"{n.Town.Name}2017年度第3季度打假重点区域整治情况报表", await TitleAsync(otherStaff, "2017Q3", n.UnitA.Id));

        var created = await (await admin.PostAsJsonAsync(Versions, await InputAsync(admin, 2018, "{2}{0}年第{1}季度整治报表（本镇格式）")))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(w.Town.Id, created.GetProperty("jurisdictionId").GetGuid());
        Assert.Equal(w.Town.Name, created.GetProperty("owner").GetString());
        Assert.Equal($"{w.Town.Name}2018年第1季度整治报表（本镇格式）", await TitleAsync(staff, "2018Q1", w.UnitA.Id));
        Assert.Equal($"{n.Town.Name}2018年度第1季度打假重点区域整治情况报表", await TitleAsync(otherStaff, "2018Q1", n.UnitA.Id));
        Assert.DoesNotContain(w.Town.Id, await OwnersAsync(otherAdmin));

        // Another town's admin, naming our town: not theirs (404), and nothing changes; a town's staff may not (403).
        var before = await OwnersAsync(admin);
        await (await otherAdmin.PostAsJsonAsync(Versions, await InputAsync(otherAdmin, 2019, "{2}{0}年第{1}季度（他镇）", w.Town.Id)))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync(Versions, await InputAsync(admin, 2019, "{2}{0}年第{1}季度（市）", w.City.Id)))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PostAsJsonAsync(Versions, await InputAsync(admin, 2019, "{2}{0}年第{1}季度（科员）"))).StatusCode);
        Assert.Equal(before, await OwnersAsync(admin));
        Assert.Equal($"{w.Town.Name}2018年第1季度整治报表（本镇格式）", await TitleAsync(staff, "2018Q1", w.UnitA.Id));

        // The city's admin makes one for all its towns from 2019: the latest year along a town's chain wins, so both towns
        // take it in 2019, ours keeps its own for 2018.
        var city = await w.ClientFor(w.CityAdmin);
        await (await city.PostAsJsonAsync(Versions, await InputAsync(city, 2019, "{2}{0}年第{1}季度整治报表（市统一格式）")))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{n.Town.Name}2019年第1季度整治报表（市统一格式）", await TitleAsync(otherStaff, "2019Q1", n.UnitA.Id));
        Assert.Equal($"{w.Town.Name}2019年第1季度整治报表（市统一格式）", await TitleAsync(staff, "2019Q1", w.UnitA.Id));
        Assert.Equal($"{w.Town.Name}2018年第1季度整治报表（本镇格式）", await TitleAsync(staff, "2018Q1", w.UnitA.Id));
        Assert.Equal($"{n.Town.Name}2018年度第1季度打假重点区域整治情况报表", await TitleAsync(otherStaff, "2018Q1", n.UnitA.Id));
        Assert.Contains(w.City.Id, await OwnersAsync(otherAdmin));

        // On the same year the nearest owner wins: our town's own 2019 version over the city's; the neighbour keeps the city's.
        await (await admin.PostAsJsonAsync(Versions, await InputAsync(admin, 2019, "{2}{0}年第{1}季度整治报表（本镇2019）")))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{w.Town.Name}2019年第1季度整治报表（本镇2019）", await TitleAsync(staff, "2019Q1", w.UnitA.Id));
        Assert.Equal($"{n.Town.Name}2019年第1季度整治报表（市统一格式）", await TitleAsync(otherStaff, "2019Q1", n.UnitA.Id));
        Assert.Equal($"{w.Town.Name}2020年第1季度整治报表（本镇2019）", await TitleAsync(staff, "2020Q1", w.UnitA.Id));
    }

    [Fact]
    public async Task The_forms_api_and_page_say_which_version_each_town_uses_this_year_and_next_and_whose_it_is()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var n = await w.NeighbourAsync();
        var admin = await w.ClientFor(w.Admin);
        await (await admin.PostAsJsonAsync(Versions, await InputAsync(admin, 2018, "{2}{0}年第{1}季度整治报表（本镇格式）")))
            .JsonAsync(HttpStatusCode.Created);

        static List<(Guid Town, int Year, int From, string? Owner)> InUse(JsonElement forms) => forms.GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == "key-area-quarterly").GetProperty("inUse").EnumerateArray()
            .Select(u => (u.GetProperty("townId").GetGuid(), u.GetProperty("year").GetInt32(),
                u.GetProperty("effectiveFromYear").GetInt32(), u.GetProperty("owner").GetString())).ToList();
        var ours = InUse(await (await admin.GetAsync("/api/reports/forms")).JsonAsync());
        List<(Guid, int, int, string?)> expected = [(w.Town.Id, 2017, 2017, null), (w.Town.Id, 2018, 2018, w.Town.Name)];
        Assert.Equal(expected, ours);
        var cityAdmin = await w.ClientFor(w.CityAdmin);
        var both = InUse(await (await cityAdmin.GetAsync("/api/reports/forms")).JsonAsync());
        Assert.Contains((n.Town.Id, 2018, 2017, (string?)null), both);
        Assert.Contains((w.Town.Id, 2018, 2018, w.Town.Name), both);

        await (await cityAdmin.PostAsJsonAsync(Versions, await InputAsync(cityAdmin, 2018, "{2}{0}年第{1}季度整治报表（市统一格式）")))
            .JsonAsync(HttpStatusCode.Created);
        var page = await (await (await Pages.SignInAsync(app, w.CityAdmin)).GetAsync("/Reports/Forms")).Content.ReadAsStringAsync();
        Assert.Contains("各镇使用的格式", page);
        Assert.Contains($"2018年起施行，{w.Town.Name}）", page); // the town's own 2018 version beats the city's of the same year
        Assert.Contains($"2018年起施行，{w.City.Name}）", page); // the neighbour takes the city's
        Assert.Contains("2017年起施行，通用格式）", page);
    }

    [Fact]
    public async Task The_forms_page_shows_whose_each_version_is_and_the_new_version_page_says_whose_it_will_be()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        await (await admin.PostAsJsonAsync(Versions, await InputAsync(admin, 2018, "{2}{0}年第{1}季度整治报表（本镇格式）")))
            .JsonAsync(HttpStatusCode.Created);
        var pages = await Pages.SignInAsync(app, w.Admin);
        var list = await (await pages.GetAsync("/Reports/Forms")).Content.ReadAsStringAsync();
        Assert.Contains(w.Town.Name, list);
        Assert.Contains("通用（未自定格式的镇均使用）", list);
        Assert.Contains("××镇××年度第×季度打假重点区域整治情况报表", list);
        Assert.DoesNotContain("{2}", list);
        var page = await (await pages.GetAsync("/Reports/Forms/key-area-quarterly/NewVersion")).Content.ReadAsStringAsync();
        Assert.Contains($"本格式为{w.Town.Name}制作", page);
        var created = await pages.PostFormAsync("/Reports/Forms/key-area-quarterly/NewVersion",
            [new("FromYear", "2019"), new("FormTitle", "{2}{0}年第{1}季度整治报表（页面）"), new("Basis", "本镇方案")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{w.Town.Name}2019年第1季度整治报表（页面）",
            await TitleAsync(await w.ClientFor(w.Staff), "2019Q1", w.UnitA.Id));
    }

    [Fact]
    public async Task The_forms_page_offers_copies_of_the_periods_the_plan_gives_due_dates_and_labels_each_version_cell()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await Pages.SignInAsync(app, w.Staff);
        var page = await (await staff.GetAsync("/Reports/Forms")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"copies-none-key-area-quarterly\">暂无可导出、打印的报表期次", page); // no plan, no periods
        Assert.Contains("<td data-label=\"施行年度\">2017年起</td>", page); // a phone shows each cell with its column's name
        Assert.Contains("<td data-label=\"适用范围\">通用（未自定格式的镇均使用）</td>", page);

        await PlanAsync(await w.ClientFor(w.Staff));
        page = await (await staff.GetAsync("/Reports/Forms")).Content.ReadAsStringAsync();
        Assert.Contains("<tr data-period=\"2017Q3\">", page);
        Assert.Contains("<tr data-period=\"2017\">", page);
        Assert.DoesNotContain("data-period=\"2016", page); // last year had no plan: nothing to export
        Assert.DoesNotContain("copies-none-", page);
        var liaison = await (await (await Pages.SignInAsync(app, w.LiaisonA)).GetAsync("/Reports/Forms")).Content.ReadAsStringAsync();
        Assert.Contains($"/Reports/key-area-quarterly/2017Q3/Units/{w.UnitA.Id}/Print", liaison);
    }
}
