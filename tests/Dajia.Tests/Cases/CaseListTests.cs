using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>The case list's search and filters, and the overdue view from the clocks past due.</summary>
public abstract class CaseListTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Opened = new(2017, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static async Task<string[]> NumbersAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync("/api/cases" + query)).JsonAsync();
        var numbers = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToArray();
        Assert.Equal(numbers.Length, page.GetProperty("total").GetInt32());
        return numbers;
    }

    [Fact]
    public async Task A_whole_number_finds_its_case_a_part_finds_all_that_contain_it()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
            numbers.Add((await t.OpenAsync(t.Staff, new { title = $"销售假冒皮带案{i}" + t.W.Tag })).GetProperty("number").GetString()!);
        Assert.Equal([numbers[1]], await NumbersAsync(t.Staff, $"?q={numbers[1]}"));
        Assert.Equal(3, (await NumbersAsync(t.Staff, "?q=AJ-2017")).Length);
        Assert.Equal([numbers[2]], await NumbersAsync(t.Staff, "?q=" + Uri.EscapeDataString("皮带案2")));
        Assert.Empty(await NumbersAsync(t.Staff, "?q=AJ-2016-0001"));
    }

    [Fact]
    public async Task Filters_by_type_and_status_and_key_area_keep_the_newest_first()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var fake = await t.OpenAsync(t.Staff, new { violationType = "Substandard" });
        await t.AtAsync(app, Opened.AddDays(1));
        var later = await t.OpenAsync(t.Staff, new { violationType = "Substandard" });
        await t.OpenAsync(t.Staff);
        string N(JsonElement c) => c.GetProperty("number").GetString()!;
        Assert.Equal([N(later), N(fake)], await NumbersAsync(t.Staff, "?type=Substandard"));
        Assert.Equal(3, (await NumbersAsync(t.Staff, "?status=Investigating")).Length);
        Assert.Empty(await NumbersAsync(t.Staff, "?status=Closed"));
    }

    [Fact]
    public async Task The_overdue_view_lists_only_cases_with_a_clock_past_due_in_the_users_scope()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var early = await t.OpenAsync(t.Staff);
        await t.AtAsync(app, Opened.AddDays(80));
        var recent = await t.OpenAsync(t.Staff);
        Assert.Empty(await NumbersAsync(t.Staff, "?overdue=true"));
        // 立案 → decision within 90 days: the first case is late, the second is not.
        await t.AtAsync(app, Opened.AddDays(100));
        Assert.Equal([early.GetProperty("number").GetString()!], await NumbersAsync(t.Staff, "?overdue=true"));
        Assert.Equal([early.GetProperty("number").GetString()!], await NumbersAsync(t.LiaisonA, "?overdue=true"));
        Assert.Equal(2, (await NumbersAsync(t.Staff, "")).Length);
        Assert.Empty(await NumbersAsync(t.Staff, $"?overdue=true&unitId={t.W.UnitB.Id}"));
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        Assert.Empty(await NumbersAsync(liaisonB, "?overdue=true"));
        Assert.NotEqual(recent.GetProperty("number").GetString(), early.GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_paused_case_is_not_overdue_while_its_clock_stands_still()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        await t.AtAsync(app, Opened.AddDays(30));
        await (await t.Staff.ActAsync(c, "pause", new { kind = "Appraisal", from = "2017-03-31", reason = "委托鉴定" })).JsonAsync();
        await t.AtAsync(app, Opened.AddDays(200));
        Assert.Empty(await NumbersAsync(t.Staff, "?overdue=true"));
        Assert.Single(await NumbersAsync(t.Staff, "?status=Paused"));
    }

    [Fact]
    public async Task A_case_late_on_two_clocks_is_listed_once_and_the_late_cases_keep_the_newest_first()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var fined = await t.OpenAsync(t.Staff);
        await t.AtAsync(app, Opened.AddDays(10));
        await (await t.LiaisonA.ActAsync(fined, "decide", new { penalties = new[] { "Fine" }, fine = 1000m, summary = "罚款1000元" }))
            .JsonAsync();
        await t.AtAsync(app, Opened.AddDays(20));
        var later = await t.OpenAsync(t.Staff);
        // Neither paid nor published (two clocks past due) and the later case undecided past its 90 days.
        await t.AtAsync(app, Opened.AddDays(150));
        string N(JsonElement c) => c.GetProperty("number").GetString()!;
        Assert.Equal([N(later), N(fined)], await NumbersAsync(t.Staff, "?overdue=true"));
        Assert.Equal([N(later), N(fined)], await NumbersAsync(t.LiaisonA, "?overdue=true"));
        Assert.Equal([N(fined)], await NumbersAsync(t.Staff, "?overdue=true&status=Decided"));
        var second = await (await t.Staff.GetAsync("/api/cases?overdue=true&page=2&pageSize=1")).JsonAsync();
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        Assert.Equal(N(fined), N(second.GetProperty("items").EnumerateArray().Single()));
    }
}

[Collection("Sqlite")]
public sealed class CaseListSqlite(SqliteFactory f) : CaseListTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseListPostgres(PostgresFactory f) : CaseListTests(f.WithClockReset());
