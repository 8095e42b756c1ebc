using System.Net;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Data.Demo;
using Dajia.Web.Domain;
using Dajia.Web.Features.MarketEntities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>The 2017 cases of the demo (issue #13 item 9) and the demo findings of issue #12.</summary>
public abstract partial class DemoDataTests
{
    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static bool Has(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    [Fact]
    public async Task Every_2017_demo_case_follows_from_its_clue_or_inspection_to_its_closing_or_current_step_with_its_clocks()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var items = (await (await staff.GetAsync("/api/cases?pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"AJ-2017-{n:0000}"), items.Select(i => S(i, "number")).Order());
        var stories = new List<string>();
        var lateFees = new List<(string, decimal)>();
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetGuid();
            var c = await (await staff.GetAsync($"/api/cases/{id}")).JsonAsync();
            Assert.Equal(("岚田布业城", 2017), (S(c, "keyAreaName"), DateOnly.Parse(S(c, "openedOn")).Year));
            await FollowSourceAsync(staff, c);
            var clocks = c.GetProperty("clocks").EnumerateArray().ToList();
            JsonElement Clock(string rule) => clocks.Single(k => S(k, "ruleCode") == rule);
            Assert.Equal(S(c, "openedOn"), S(Clock("case.decision"), "startedOn"));
            Assert.All(clocks, k => Assert.Equal(2017, DateOnly.Parse(S(k, "startedOn")).Year));
            var exhibits = (await (await staff.GetAsync($"/api/cases/{id}/exhibits")).JsonAsync()).GetProperty("items")
                .EnumerateArray().Select(e => e.GetProperty("disposal").ValueKind == JsonValueKind.Null ? null : S(e, "disposal")).ToList();
            Assert.NotEmpty(exhibits);
            var transfer = (await (await staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync()).GetProperty("transfer");
            var story = (S(c, "status"), Has(c, "decidedOn"), transfer.ValueKind != JsonValueKind.Null) switch
            {
                ("Closed", true, false) => "fined",
                ("Closed", false, true) => "transferred",
                ("Paused", false, false) => "paused",
                ("Investigating", false, false) => "overdue",
                var other => $"unexpected {other}",
            };
            stories.Add(story);
            switch (story)
            {
                case "fined":
                    Assert.True(c.GetProperty("fineAmount").GetDecimal() > 0 && Has(c, "paidOn") && Has(c, "publishedOn"));
                    Assert.All(new[] { "case.decision", "penalty.publish" }, r => Assert.Equal("MetOnTime", S(Clock(r), "state")));
                    if (S(Clock("case.payment"), "state") == "MetLate")
                        lateFees.Add((S(c, "paidOn"), c.GetProperty("lateFee").GetDecimal()));
                    else Assert.Equal("MetOnTime", S(Clock("case.payment"), "state"));
                    Assert.All(exhibits, e => Assert.Equal("Destroyed", e));
                    // 行政处罚法第六十二条: told and heard before the decision, the party's period met.
                    Assert.Equal("MetOnTime", S(Clock("case.statement"), "state"));
                    var notice = c.GetProperty("notice");
                    Assert.True(DateOnly.Parse(S(notice, "receivedOn")) < DateOnly.Parse(S(c, "decidedOn")));
                    Assert.Contains("告字〔2017〕", string.Join(" ", (await (await staff.GetAsync($"/api/cases/{id}/documents"))
                        .JsonAsync()).GetProperty("items").EnumerateArray().Select(d => S(d, "number"))));
                    break;
                case "transferred":
                    Assert.Equal("Completed", S(transfer, "status"));
                    var steps = transfer.GetProperty("steps").EnumerateArray().ToList();
                    Assert.Equal(["Report", "Approve", "HandOver", "PoliceAccept", "HandOverExhibits"], steps.Select(s => S(s, "kind")));
                    Assert.All(steps, s => Assert.NotEmpty(s.GetProperty("documents").EnumerateArray()));
                    await PdfAsync(staff, steps[0]);
                    // The head's approval is recorded by the office, and not by the liaison who reported the transfer.
                    Assert.Equal(("liaison.scjg", "office.admin"), (S(steps[0], "by"), S(steps[1], "by")));
                    var view = await (await staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync();
                    Assert.True(view.GetProperty("flagged").GetBoolean());
                    Assert.Equal("中市监大涌移字〔2017〕1号", S(view, "letterNumber"));
                    Assert.All(view.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal(2017,
                        DateTimeOffset.Parse(S(d, "startedAt")).Year));
                    Assert.Equal("MetOnTime", S(Clock("case.decision"), "state"));
                    Assert.All(exhibits, e => Assert.Equal("HandedToPolice", e));
                    break;
                case "paused":
                    Assert.Equal("Appraisal", S(c, "pauseKind"));
                    Assert.True(Clock("case.decision").GetProperty("paused").GetBoolean());
                    Assert.Equal("Open", S(Clock("case.decision"), "state"));
                    break;
                case "overdue":
                    Assert.Equal(("Overdue", "2018-01-18"), (S(Clock("case.decision"), "state"), S(Clock("case.decision"), "dueOn")));
                    break;
            }
        }
        Assert.Equal(["fined", "fined", "fined", "overdue", "paused", "transferred"], stories.Order());
        // One fine was paid three days late: 3 % of 2,000 元 a day (行政处罚法第七十二条).
        Assert.Equal([("2017-11-16", 180m)], lateFees);
        var overdue = await (await staff.GetAsync("/api/cases?overdue=true")).JsonAsync();
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
    }

    /// <summary>The clue shows its case and its real-name informant was told; an inspection belongs to its operation.</summary>
    private static async Task FollowSourceAsync(HttpClient staff, JsonElement c)
    {
        if (S(c, "source") == "Clue")
        {
            var clue = await (await staff.GetAsync($"/api/clues/{c.GetProperty("clueId").GetGuid()}")).JsonAsync();
            Assert.Equal((S(c, "number"), "Closed"), (S(clue, "caseReference"), S(clue, "status")));
            if (clue.GetProperty("realName").GetBoolean()) Assert.True(Has(clue, "informantNotifiedAt"));
            return;
        }
        Assert.Equal("Operation", S(c, "source"));
        var op = await (await staff.GetAsync($"/api/operations/{c.GetProperty("operationId").GetGuid()}")).JsonAsync();
        Assert.Contains(op.GetProperty("inspections").EnumerateArray(), i => S(i, "id") == S(c, "inspectionId"));
    }

    private static async Task PdfAsync(HttpClient staff, JsonElement step)
    {
        var url = S(step.GetProperty("documents").EnumerateArray().First(), "url");
        var bytes = await (await staff.GetAsync(url)).Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task Demo_entities_have_distinct_names_and_the_furniture_clue_is_not_in_the_cloth_market()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var names = (await (await staff.GetAsync("/api/entities?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => S(e, "name")).ToList();
        Assert.Equal(60, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var area = await db.KeyAreas.SingleAsync(a => a.Name == "岚田布业城");
        var furniture = await db.Clues.Where(c => c.Product!.Contains("红木") || c.Description.Contains("家具")).ToListAsync();
        Assert.NotEmpty(furniture);
        Assert.All(furniture, c => Assert.Null(c.KeyAreaId));
        // The matcher, given what the report says, proposes no area either: the demo data was at fault, not the matcher.
        var e = furniture.Single(c => c.Number == "XS-2017-00005");
        var proposal = await scope.ServiceProvider.GetRequiredService<EntityMatcher>()
            .ProposeAsync(e.JurisdictionId, e.MerchantName, e.Address, null);
        Assert.Equal((null, null), (proposal.MarketEntityId, proposal.KeyAreaId));
        var spots = await (await staff.GetAsync("/api/clues/hotspots?from=2017-01-01&to=2017-12-31")).JsonAsync();
        var inArea = spots.GetProperty("byArea").EnumerateArray().Single(a => S(a, "key") == area.Name);
        Assert.Equal(spots.GetProperty("total").GetInt32() - 1, inArea.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_current_plan_is_public_and_linked_from_the_portal_and_2017_stays_readable()
    {
        var anonymous = app.CreateClient();
        var current = await anonymous.GetAsync("/Plan/2026");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var page = await current.Content.ReadAsStringAsync();
        Assert.Contains("2026年大涌镇打假工作方案", page);
        Assert.Contains("/Plan/2017?town=", page); // 2017 as history
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Plan/2017")).StatusCode);
        Assert.Contains("/Plan/2026", await anonymous.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_2017_demo_deadlines_start_in_2017()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var old = await db.Deadlines.Where(d => d.DueOn < new DateOnly(2019, 1, 1)).ToListAsync();
        Assert.NotEmpty(old);
        Assert.All(old, d => Assert.Equal(2017, ChinaTime.DateOf(d.StartedAt).Year));
        var cases = await db.Cases.Select(c => c.Id).ToListAsync();
        Assert.Equal(cases.Count, await db.Deadlines.Where(d => cases.Contains(d.SubjectId) && d.RuleCode == "case.decision").CountAsync());
    }
}
