using static Dajia.Tests.Reporting.ReportingTests;
using static Dajia.Tests.Reporting.ReportOfficeTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// Each kept submission says how it came: the unit's liaison online (网上报送), the office for the unit (打假办代登记) —
/// the API's snapshots (code and the page's Chinese word) and the page's 提交记录 alike.
/// </summary>
public abstract class ReportChannelTests(DajiaFactory app)
{
    [Fact]
    public async Task A_snapshot_carries_its_channel_in_the_api_and_on_the_page()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff));
        var url = UnitUrl("2017Q3", w.UnitA.Id);
        var liaison = await w.ClientFor(w.LiaisonA);
        var report = await (await liaison.GetAsync(url)).JsonAsync();
        report = await PostAsync(liaison, $"{url}/submit", await SaveAsync(liaison, url, report, null));
        var staff = await w.ClientFor(w.Staff);
        report = await PostAsync(staff, $"{url}/return", report, new { reason = "宣传数字有误" });
        report = await PostAsync(staff, $"{url}/submit", await SaveAsync(staff, url, report, new() { ["publicity.media"] = 2m }));

        foreach (var reader in new[] { staff, liaison, await w.ClientFor(w.Leader) })
        {
            var snapshots = (await (await reader.GetAsync(url)).JsonAsync()).GetProperty("snapshots").EnumerateArray().ToList();
            Assert.Equal([2, 1], snapshots.Select(s => s.GetProperty("number").GetInt32()));
            Assert.Equal(["OnBehalf", "Online"], snapshots.Select(s => s.GetProperty("channel").GetString()));
            Assert.Equal(["打假办代登记", "网上报送"], snapshots.Select(s => s.GetProperty("channelLabel").GetString()));
        }
        Assert.Equal("OnBehalf", report.GetProperty("snapshots")[0].GetProperty("channel").GetString());

        var pages = await Pages.SignInAsync(app, w.LiaisonA);
        var page = await (await pages.GetAsync($"/Reports/key-area-quarterly/2017Q3/Units/{w.UnitA.Id}")).Content.ReadAsStringAsync();
        var records = page[page.IndexOf("id=\"snapshots\"", StringComparison.Ordinal)..];
        Assert.True(records.IndexOf("打假办代登记", StringComparison.Ordinal) is > 0 and var onBehalf
            && records.IndexOf("网上报送", StringComparison.Ordinal) > onBehalf, "newest first, each with its channel");
    }
}

[Collection("Sqlite")]
public sealed class ReportChannelSqlite(SqliteFactory f) : ReportChannelTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportChannelPostgres(PostgresFactory f) : ReportChannelTests(f.WithClockReset());
