using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Tests.Cases;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// The records behind a prefilled figure are listed in the figure's unit (money in 万元 beside a 万元 figure, not yuan),
/// and a quantity of goods is shown as the number it is (3, not 3.0000) on the form's copies.
/// </summary>
public abstract class ReportSourceUnitsTests(DajiaFactory app)
{
    [Fact]
    public async Task Sources_are_in_the_figures_unit_and_a_quantity_of_goods_is_not_shown_with_four_decimals()
    {
        var t = await CaseTown.CreateAsync(app, China(2017, 9, 13));
        var c = await t.OpenAsync(t.Staff);
        var caseId = c.GetProperty("id").GetGuid();
        var exhibit = new { item = "假冒牛仔裤", brand = "某品牌", quantity = 3, unit = "条", value = 36000, storagePlace = "仓库" };
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits", exhibit)).JsonAsync(HttpStatusCode.Created);
        var url = $"{Quarterly}/units/{t.W.UnitA.Id}";

        var report = await (await t.Staff.GetAsync(url)).JsonAsync();
        Assert.Equal(1.2m, Indicator(report, "cases.value").GetProperty("value").GetDecimal());
        var money = (await (await t.Staff.GetAsync($"{url}/sources/cases.value")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(1.2m, money.GetProperty("value").GetDecimal());
        Assert.Equal("万元", money.GetProperty("unit").GetString());
        var goods = (await (await t.Staff.GetAsync($"{url}/sources/cases.goodsQuantity")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(3m, goods.GetProperty("value").GetDecimal());

        var pages = await Pages.SignInAsync(app, t.W.Staff);
        var form = $"/Reports/key-area-quarterly/2017Q3/Units/{t.W.UnitA.Id}";
        var html = await (await pages.GetAsync($"{form}?sources=cases.value")).Content.ReadAsStringAsync();
        Assert.Contains("计 1.2 万元", html);
        Assert.DoesNotContain("计 12000", html);
        var print = await (await pages.GetAsync($"{form}/Print")).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"{form}/Print")).StatusCode);
        Assert.DoesNotContain("3.0000", print);
        Assert.Contains("1.2000", print);
    }
}

[Collection("Sqlite")]
public sealed class ReportSourceUnitsSqlite(SqliteFactory f) : ReportSourceUnitsTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportSourceUnitsPostgres(PostgresFactory f) : ReportSourceUnitsTests(f.WithClockReset());
