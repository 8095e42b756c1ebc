using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;

namespace Dajia.Tests.Clues;

/// <summary>交办 with instructions, a chosen date and 协查单位; verification with a chosen result and evidence; 退回重查.</summary>
public abstract class ClueAssignmentTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China: the 2019 rule gives 15 working days, to Wed 9 Dec.
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private async Task<(World W, HttpClient Staff, Guid Id)> AcceptedAsync(string text)
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = $"{text} {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        return (w, staff, id);
    }

    private static JsonElement Verification(JsonElement clue, int index = 0) => clue.GetProperty("deadlines").EnumerateArray()
        .Where(d => d.GetProperty("ruleCode").GetString() == "clue.verify").ElementAt(index);

    [Fact]
    public async Task The_office_assigns_with_instructions_an_earlier_date_and_a_co_unit_who_sees_and_notes_but_does_not_verify()
    {
        var (w, staff, id) = await AcceptedAsync("岚田布业城A区12号出售假冒耐克");
        var assigned = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new
        {
            unitId = w.UnitA.Id, instructions = "请于一周内现场核查并封存样品", dueOn = "2026-11-27", coUnitIds = new[] { w.UnitB.Id },
        })).JsonAsync();
        var a = assigned.GetProperty("assignment");
        Assert.Equal("请于一周内现场核查并封存样品", a.GetProperty("instructions").GetString());
        Assert.Equal("2026-11-27", a.GetProperty("dueOn").GetString());
        Assert.Equal(w.UnitB.Id, a.GetProperty("coUnits")[0].GetProperty("id").GetGuid());
        // The deadline runs to the date the unit was given, not the rule's 9 Dec.
        Assert.Equal("2026-11-27", Verification(assigned).GetProperty("dueOn").GetString());

        var coUnit = await w.ClientFor(w.LiaisonB);
        var seen = await (await coUnit.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(["note"], seen.GetProperty("allowedActions").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(1, (await (await coUnit.GetAsync("/api/clues")).JsonAsync()).GetProperty("total").GetInt32());
        // The search finds it too (SQLite answers a plain search from its full-text index with its own scope).
        Assert.Equal(1, (await (await coUnit.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
        var noted = await (await coUnit.PostAsJsonAsync($"/api/clues/{id}/note", new { note = "该摊位上月曾被我局检查" })).JsonAsync();
        Assert.Contains(noted.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Noted");
        await (await coUnit.PostAsJsonAsync($"/api/clues/{id}/take", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await coUnit.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "属实" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await coUnit.PostAsJsonAsync($"/api/clues/{id}/note", new { note = "" })).ProblemAsync(HttpStatusCode.BadRequest);

        // Pulled back, the assignment goes, and the co-operating unit no longer sees the clue.
        var pulled = await (await staff.PostAsJsonAsync($"/api/clues/{id}/pullback", new { reason = "改由执法队办理" })).JsonAsync();
        Assert.Equal(0, pulled.GetProperty("assignment").GetProperty("coUnits").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, pulled.GetProperty("assignment").GetProperty("instructions").ValueKind);
        await (await coUnit.GetAsync($"/api/clues/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await coUnit.GetAsync("/api/clues")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await coUnit.GetAsync($"/api/clues?q={w.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Without_a_date_the_rule_decides_and_a_later_date_a_rest_day_or_a_bad_unit_is_refused_in_chinese()
    {
        var (w, staff, id) = await AcceptedAsync("无日期交办");
        async Task<JsonElement> Refused(object body)
        {
            var p = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.All(p.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()),
                m => Assert.True(Http.HasChinese(m.GetString()!), m.GetString()));
            return p;
        }
        Assert.Contains("2026-12-09", (await Refused(new { unitId = w.UnitA.Id, dueOn = "2026-12-10" })).ErrorsFor("dueOn")[0]);
        Assert.Single((await Refused(new { unitId = w.UnitA.Id, dueOn = "2026-11-28" })).ErrorsFor("dueOn")); // a Saturday
        Assert.Single((await Refused(new { unitId = w.UnitA.Id, dueOn = "2026-11-18" })).ErrorsFor("dueOn")); // today
        Assert.Single((await Refused(new { unitId = w.UnitA.Id, coUnitIds = new[] { w.UnitA.Id } })).ErrorsFor("coUnitIds"));
        Assert.Single((await Refused(new { unitId = w.UnitA.Id, coUnitIds = new[] { w.Office.Id } })).ErrorsFor("coUnitIds"));
        Assert.Single((await Refused(new { unitId = w.UnitA.Id, instructions = new string('查', 501) })).ErrorsFor("instructions"));
        var unchanged = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal("Accepted", unchanged.GetProperty("status").GetString());

        var assigned = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        Assert.Equal("2026-12-09", assigned.GetProperty("assignment").GetProperty("dueOn").GetString());
        Assert.Equal("2026-12-09", Verification(assigned).GetProperty("dueOn").GetString());
        // The rule's own date is always allowed; a reassignment keeps the running date unless another is chosen.
        var moved = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitB.Id, dueOn = "2026-12-01" }))
            .JsonAsync();
        Assert.Equal("2026-12-01", Verification(moved).GetProperty("dueOn").GetString());
        var again = await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        Assert.Equal("2026-12-01", Verification(again).GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task A_result_must_be_chosen_evidence_goes_with_it_and_the_office_can_send_it_back_for_re_checking()
    {
        var (w, staff, id) = await AcceptedAsync("核查证据测试");
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        var lead = await w.ClientFor(w.LiaisonA);
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var noResult = await (await lead.PostAsJsonAsync($"/api/clues/{id}/verify", new { notes = "现场查看" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(noResult.ErrorsFor("result")[0]));
        var exe = Form(("result", "属实"), ("notes", "现场查获"));
        exe.Add(new ByteArrayContent(TestImages.Exe()), "evidence", "证据.exe");
        var refused = await (await lead.PostAsync($"/api/clues/{id}/verify", exe)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(refused.ErrorsFor("evidence[0]"));
        Assert.Equal("Verifying", (await (await lead.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("status").GetString());

        var form = Form(("result", "PartlyTrue"), ("notes", "查获部分假冒商品"));
        form.Add(new ByteArrayContent(TestImages.Encode(200, 100, SKEncodedImageFormat.Jpeg)), "evidence", "现场.jpg");
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "evidence", "扣押清单.pdf");
        var verified = await (await lead.PostAsync($"/api/clues/{id}/verify", form)).JsonAsync();
        Assert.Equal("PartlyTrue", verified.GetProperty("result").GetString());
        var evidence = verified.GetProperty("assignment").GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal([true, false], evidence.Select(e => e.GetProperty("isImage").GetBoolean()));
        var photo = await staff.GetAsync(evidence[0].GetProperty("url").GetString());
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var pdf = await staff.GetAsync(evidence[1].GetProperty("url").GetString());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        await (await (await w.ClientFor(w.LiaisonB)).GetAsync(evidence[0].GetProperty("url").GetString()))
            .ProblemAsync(HttpStatusCode.NotFound);

        // Only the office sends back, with a reason, on the version it read; the verification is owed again.
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = "证据不足" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = " " }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var version = verified.GetProperty("version").GetInt32();
        await (await staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{id}/verification/send-back", new { reason = "x" }, version - 1))
            .ProblemAsync(HttpStatusCode.Conflict);
        app.Clock.Now = Wednesday.AddDays(2); // Friday 20 Nov; tokens are short-lived, so sign in again
        (staff, lead) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        var back = await (await staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{id}/verification/send-back",
            new { reason = "扣押数量与清单不符，请重新核对" }, version)).JsonAsync();
        Assert.Equal("Verifying", back.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, back.GetProperty("result").ValueKind);
        Assert.Equal("SentBack", back.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.Equal("MetOnTime", Verification(back, 0).GetProperty("state").GetString());
        Assert.Equal("2026-12-11", Verification(back, 1).GetProperty("dueOn").GetString()); // 15 working days from Fri 20 Nov
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = "再退" }))
            .ProblemAsync(HttpStatusCode.Conflict);

        var again = await (await lead.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "复核属实" })).JsonAsync();
        Assert.Equal("Verified", again.GetProperty("status").GetString());
        // Found true again: the 立案 decision is still owed on the new clock; everything else was met on time.
        Assert.Equal("Open", Verification(again, 1).GetProperty("state").GetString());
        Assert.All(again.GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("ruleCode").GetString() != "clue.verify"),
            d => Assert.Equal("MetOnTime", d.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Staff_record_when_a_call_came_and_the_time_limits_count_from_then_never_from_the_future()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var body = new Dictionary<string, object?>
        {
            ["source"] = "Hotline", ["kind"] = "Complaint", ["description"] = $"电话投诉买到假冒运动鞋 {w.Tag}", ["anonymous"] = false,
            ["informantName"] = "王先生", ["informantMobile"] = "13800001111", ["receivedAt"] = "2026-11-16T09:30:00+08:00",
        };
        var clue = await (await staff.PostAsJsonAsync("/api/clues", body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 1, 30, 0, TimeSpan.Zero), clue.GetProperty("receivedAt").GetDateTimeOffset());
        // 7 working days from Mon 16 Nov, not from Wed 18 Nov.
        Assert.Equal("2026-11-25", clue.GetProperty("deadlines")[0].GetProperty("dueOn").GetString());
        body["receivedAt"] = "2026-11-18T11:00:00+08:00";
        var future = await (await staff.PostAsJsonAsync("/api/clues", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(future.ErrorsFor("receivedAt")[0]));
        // The public cannot backdate a report.
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"公众举报不能改接收时间 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id,
            receivedAt = "2020-01-01T00:00:00+08:00",
        });
        var list = await (await staff.GetAsync($"/api/clues?q={w.Tag}&sort=Newest")).JsonAsync();
        Assert.Equal(Wednesday, list.GetProperty("items")[0].GetProperty("receivedAt").GetDateTimeOffset());
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }
}

[Collection("Sqlite")]
public sealed class ClueAssignmentSqlite(SqliteFactory f) : ClueAssignmentTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueAssignmentPostgres(PostgresFactory f) : ClueAssignmentTests(f.WithClockReset());
