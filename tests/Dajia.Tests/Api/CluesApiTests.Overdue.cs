using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

/// <summary>Complaints past their decision day, and a hotline call recorded by staff.</summary>
public abstract partial class CluesApiTests
{
    [Fact]
    public async Task A_complaint_left_past_its_decision_day_shows_as_overdue()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await SubmitAsync(w, Report("逾期测试 " + w.Tag, kind: "Complaint"));
        app.Clock.Now = new DateTimeOffset(2017, 10, 14, 2, 0, 0, TimeSpan.Zero); // due 13 Oct
        var staff = await w.ClientFor(w.Staff);
        var overdue = (await (await staff.GetAsync($"/api/clues?overdue=true&status=Received")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        var mine = overdue.Single(i => i.GetProperty("summary").GetString()!.Contains("耐克"));
        Assert.Equal(("2017-10-13", "Overdue"), (mine.GetProperty("dueOn").GetString(), mine.GetProperty("dueState").GetString()));
        var id = mine.GetProperty("id").GetGuid();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var after = (await (await staff.GetAsync("/api/clues?overdue=true")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(after, i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Staff_record_a_hotline_call_for_the_caller()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var created = await (await staff.PostAsJsonAsync("/api/clues", new
        {
            source = "Hotline", kind = "Report", category = "NoOrigin", description = "来电反映有三无产品 " + w.Tag, anonymous = false,
            informantName = "王来电", informantMobile = "13700001111",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Hotline", "举报人 #1"), (created.GetProperty("source").GetString(), created.GetProperty("informant").GetString()));
        Assert.StartsWith("XS-", created.GetProperty("number").GetString());
        await (await staff.PostAsJsonAsync("/api/clues", new { source = "PublicPortal", description = "来电反映有三无产品", anonymous = true }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await (await w.ClientFor(w.LiaisonA))
            .PostAsJsonAsync("/api/clues", new { source = "Hotline", description = "来电反映", anonymous = true }))
                .ProblemAsync(HttpStatusCode.Forbidden);
    }
}
