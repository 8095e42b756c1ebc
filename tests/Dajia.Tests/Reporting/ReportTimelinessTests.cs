using System.Net;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;
using static Dajia.Tests.Reporting.ReportOfficeTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// The round page, the year view and the ranking read a unit's timeliness from the one shared function
/// (<c>RoundTimeliness.Of</c>), so they agree where a reading of the dates alone would not: a duty the office marked met by
/// hand (a paper report handed in) counts as filed then; a submission at 23:59 China time on the due day is on time.
/// </summary>
public abstract class ReportTimelinessTests(DajiaFactory app)
{
    [Fact]
    public async Task A_duty_met_by_hand_ranks_as_filed_on_time_in_the_matrix_the_year_view_and_the_ranking_alike()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var more = await MoreUnitsAsync(app, w, "late1", "none1");
        var (late, none) = (more[0], more[1]);
        await PlanAsync(await w.ClientFor(w.Staff));

        app.Clock.Now = China(2017, 9, 22); // Friday: unit B's paper report is handed in, the office marks its duty met
        var duty = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Deadline>()
            .Where(d => d.ResponsibleUnitId == w.UnitB.Id && d.Period == "2017-Q3").Select(d => d.Id).SingleAsync());
        await (await (await w.ClientFor(w.Staff)).PostAsync($"/api/deadlines/{duty}/met", null)).JsonAsync();
        app.Clock.Now = new DateTimeOffset(2017, 9, 25, 23, 59, 0, TimeSpan.FromHours(8)); // the due day's last minute
        await FileAsync(await w.ClientFor(w.Staff), "2017Q3", w.UnitA.Id, new(2017, 9, 25));
        app.Clock.Now = new DateTimeOffset(2017, 9, 26, 0, 0, 0, TimeSpan.FromHours(8)); // the next day's first
        await FileAsync(await w.ClientFor(w.Staff), "2017Q3", late.Id, new(2017, 9, 26));
        app.Clock.Now = China(2017, 9, 29);
        var leader = await w.ClientFor(w.Leader);

        var matrix = await (await leader.GetAsync($"{Form}/2017Q3/submissions")).JsonAsync();
        var rows = matrix.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        Assert.Equal(["OnTime", "OnTime", "Late", "Missing"],
            new[] { w.UnitA.Id, w.UnitB.Id, late.Id, none.Id }.Select(id => rows[id].GetProperty("timeliness").GetString()));
        Assert.Equal((75m, 50m), (matrix.GetProperty("reportingRate").GetDecimal(), matrix.GetProperty("onTimeRate").GetDecimal()));

        var ranking = await (await leader.GetAsync($"{Form}/2017Q3/ranking")).JsonAsync();
        var ranked = ranking.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([w.UnitB.Id, w.UnitA.Id, late.Id, none.Id], ranked.Select(r => r.GetProperty("unitId").GetGuid()));
        Assert.Equal(["OnTime", "OnTime", "Late", "Missing"], ranked.Select(r => r.GetProperty("group").GetString()));
        int? Days(JsonElement r, string p) => r.GetProperty(p).ValueKind == JsonValueKind.Null ? null : r.GetProperty(p).GetInt32();
        Assert.Equal([1, 0, null, null], ranked.Select(r => Days(r, "workingDaysEarly")));
        Assert.Equal([null, null, 1, 4], ranked.Select(r => Days(r, "workingDaysLate")));
        Assert.Contains($"报送率75%，及时率50%。按时报送的单位有：{w.UnitB.Name}、{w.UnitA.Name}；逾期报送的有：{late.Name}；",
            ranking.GetProperty("notice").GetString());

        var year = await (await leader.GetAsync($"{Form}/year/2017")).JsonAsync();
        var units = year.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        var ids = new[] { w.UnitA.Id, w.UnitB.Id, late.Id, none.Id };
        Assert.Equal(["OnTime", "OnTime", "Late", "Missing"],
            ids.Select(id => units[id].GetProperty("cells")[2].GetProperty("timeliness").GetString()));
        // Quarters 1 and 2 (due before the plan was made) hold no filing: the counts come from quarter 3 alone.
        Assert.Equal([1, 1, 0, 0], ids.Select(id => units[id].GetProperty("onTime").GetInt32()));
        Assert.Equal([0, 0, 1, 0], ids.Select(id => units[id].GetProperty("late").GetInt32()));
    }
}

[Collection("Sqlite")]
public sealed class ReportTimelinessSqlite(SqliteFactory f) : ReportTimelinessTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportTimelinessPostgres(PostgresFactory f) : ReportTimelinessTests(f.WithClockReset());
