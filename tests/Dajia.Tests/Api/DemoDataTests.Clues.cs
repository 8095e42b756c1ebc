using System.Text.Json;
using Dajia.Web.Data.Demo;
using Dajia.Web.Domain;
using Dajia.Web.Features.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>The demo's clues carry their clocks (issue #13: every clock is visible), as their own steps started and met them.</summary>
public abstract partial class DemoDataTests
{
    /// <summary>2017's rules: 受理 of a complaint 7 working days, its mediation 60 days, 核查 7 working days (+8 extended).</summary>
    [Fact]
    public async Task Every_demo_clue_carries_the_clocks_its_events_started_met_on_time_or_late_as_its_dates_say()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        await using var scope = app.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarStore>().GetAsync();
        var items = (await (await staff.GetAsync("/api/clues")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, items.Count);
        var late = new List<string>();
        var dues = new Dictionary<(string, string), string>();
        foreach (var item in items)
        {
            var clue = await (await staff.GetAsync($"/api/clues/{item.GetProperty("id").GetGuid()}")).JsonAsync();
            var number = S(clue, "number");
            var events = clue.GetProperty("events").EnumerateArray()
                .Select(e => (Kind: S(e, "kind"), Day: ChinaTime.DateOf(DateTimeOffset.Parse(S(e, "at"))))).ToList();
            DateOnly? On(string kind) => events.Where(e => e.Kind == kind).Select(e => (DateOnly?)e.Day).LastOrDefault();
            var expected = new Dictionary<string, (DateOnly Due, DateOnly? Met)>();
            if (S(clue, "kind") == "Complaint")
            {
                var received = ChinaTime.DateOf(DateTimeOffset.Parse(S(clue, "receivedAt")));
                expected["complaint.accept"] = (calendar.AddWorkingDays(received, 7).Date, On("Accepted") ?? On("Rejected"));
                if (On("Accepted") is { } accepted)
                    expected["complaint.mediation"] = (calendar.AddCalendarDays(accepted, 60).Date, On("MediationAgreed"));
            }
            if (events.Where(e => e.Kind == "Assigned").Select(e => (DateOnly?)e.Day).FirstOrDefault() is { } assigned)
            {
                var days = On("ExtensionApproved") is null ? 7 : 7 + 8;
                // Found true, the clock runs on to the 立案 decision: the case opened from the clue, or closing it without one.
                var foundTrue = clue.TryGetProperty("result", out var r) && r.GetString() is "True" or "PartlyTrue";
                var decided = foundTrue ? On("CaseOpened") ?? On("Closed") : On("Verified");
                expected["clue.verify"] = (calendar.AddWorkingDays(assigned, days).Date, decided);
            }
            var clocks = clue.GetProperty("deadlines").EnumerateArray().ToList();
            // Telling an informant had no time limit before 2020: no 2017 clue owes one.
            Assert.Equal(expected.Keys.Order(), clocks.Select(k => S(k, "ruleCode")).Order());
            var open = S(clue, "status") is not ("Closed" or "Rejected" or "Duplicate");
            foreach (var k in clocks)
            {
                var (due, met) = expected[S(k, "ruleCode")];
                Assert.Equal(due, DateOnly.Parse(S(k, "dueOn")));
                var state = S(k, "state");
                if (met is { } m) Assert.Equal(m <= due ? "MetOnTime" : "MetLate", state);
                else Assert.Equal(open ? "Open" : "Ended", state);
                if (state == "MetLate") late.Add(number);
                dues[(number, S(k, "ruleCode"))] = S(k, "dueOn");
            }
            if (S(clue, "status") == "Received") Assert.Empty(clocks); // a report owes nothing until it is assigned
        }
        // The one late on purpose: the undercover finding verified three working days after its date.
        Assert.Equal(["XS-2017-00002"], late);
        Assert.Equal("2017-08-15", dues[("XS-2017-00001", "clue.verify")]);
        Assert.Equal("2017-09-26", dues[("XS-2017-00002", "clue.verify")]);
        Assert.Equal("2017-11-07", dues[("XS-2017-00005", "clue.verify")]); // reassigned, then extended by 8 working days
        Assert.Equal(("2017-10-31", "2017-12-22"), (dues[("XS-2017-00006", "complaint.accept")],
            dues[("XS-2017-00006", "complaint.mediation")]));
        Assert.Equal(0, (await (await staff.GetAsync("/api/clues?overdue=true")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Each_demo_clue_step_was_taken_by_the_story_account_and_its_clocks_history_says_so()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var items = (await (await staff.GetAsync("/api/clues?q=" + Uri.EscapeDataString("红木"))).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        var clue = await (await staff.GetAsync($"/api/clues/{items.Single().GetProperty("id").GetGuid()}")).JsonAsync();
        var by = clue.GetProperty("events").EnumerateArray().GroupBy(e => S(e, "kind")).ToDictionary(g => g.Key, g => S(g.Last(), "by"));
        Assert.Equal(("office.staff", "liaison.scjg", "liaison.scjg"), (by["ExtensionApproved"], by["ExtensionRequested"], by["Verified"]));
        var liaison = await World.ClientFor(app, "liaison.scjg", DemoSeeder.Password);
        var theirs = await (await liaison.GetAsync($"/api/clues/{S(clue, "id")}")).JsonAsync();
        Assert.Equal("MetOnTime", S(theirs.GetProperty("deadlines").EnumerateArray().Single(), "state"));
    }
}
