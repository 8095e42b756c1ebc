using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dajia.Web.Domain;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Access;

/// <summary>Town 1 with one record of every kind (its clue assigned to unit A), town 2, and a client per caller.</summary>
public sealed class MatrixFixture
{
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, string> _ids = [];
    private readonly Dictionary<string, Func<Task<HttpClient>>> _signIns = [];
    private HttpClient _staff = null!;
    private HttpClient _pageClient = null!;
    private World _w = null!;
    private string _accessKey = "";

    public static async Task<MatrixFixture> CreateAsync(DajiaFactory app)
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var f = new MatrixFixture { _w = await World.CreateAsync(app) };
        var other = await f._w.NeighbourAsync();
        var w = f._w;
        var victim = $"victim.{w.Tag}";
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(
                new AppUser { UserName = victim, DisplayName = victim, JurisdictionId = w.Town.Id, UnitId = w.UnitB.Id }, World.Password);
            await users.AddToRoleAsync((await users.FindByNameAsync(victim))!, Roles.UnitLiaison);
            f._ids["user"] = (await users.FindByNameAsync(victim))!.Id.ToString();
            return 0;
        });
        f._clients["anon"] = app.CreateClient();
        f._pageClient = app.CreateClient(new() { AllowAutoRedirect = false });
        f._clients["other"] = await other.ClientFor(other.Admin);
        f._clients["liaisonB"] = await w.ClientFor(w.LiaisonB);
        f._clients["liaisonA"] = await w.ClientFor(w.LiaisonA);
        f._clients["leader"] = await w.ClientFor(w.Leader);
        f._clients["city"] = await w.ClientFor(w.CityAdmin);
        f._clients["root"] = await w.ClientFor(w.RootAdmin);
        f._clients["staff"] = f._staff = await w.ClientFor(w.Staff);
        f._clients["admin"] = await w.ClientFor(w.Admin);
        // Signing out ends the caller's session, so that call gets a sign-in of its own.
        foreach (var (caller, world, name) in new[]
                 {
                     ("other", other, other.Admin), ("liaisonB", w, w.LiaisonB), ("liaisonA", w, w.LiaisonA), ("leader", w, w.Leader),
                     ("city", w, w.CityAdmin), ("root", w, w.RootAdmin), ("staff", w, w.Staff), ("admin", w, w.Admin),
                 })
            f._signIns[caller] = () => world.ClientFor(name);
        await f.RecordsAsync(app);
        return f;
    }

    private async Task RecordsAsync(DajiaFactory app)
    {
        var (w, s) = (_w, _staff);
        var (code, key) = await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = $"矩阵线索 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        (_ids["trackingCode"], _accessKey) = (code, key);
        var clue = await s.FindClueAsync(w.Tag);
        _ids["clue"] = clue.ToString();
        await (await s.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        var assigned = await (await s.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        var deadlines = await (await s.GetAsync($"/api/deadlines?subjectId={clue}")).JsonAsync();
        _ids["deadline"] = deadlines.GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("ruleCode").GetString() == "clue.verify").GetProperty("id").GetString()!;
        _ids["rule"] = await IdOf(_clients["root"].PostAsJsonAsync("/api/deadline-rules", new
        {
            code = $"matrix.{w.Tag}", name = "矩阵规则", legalBasis = "矩阵用的法律依据文字", timeUnit = "WorkingDays", amount = 10,
            effectiveFrom = "2020-01-01",
        }));
        _ids["area"] = await IdOf(s.PostAsJsonAsync("/api/key-areas", new { name = "矩阵区域" + w.Tag, kind = "Market" }));
        _ids["entity"] = await IdOf(
            s.PostAsJsonAsync("/api/entities", new { name = "矩阵摊位" + w.Tag, kind = "Stall", stallNumber = "M001" }));
        _ids["campaign"] = await IdOf(s.PostAsJsonAsync("/api/campaigns", new
        {
            year = 2017, title = "2017年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", liaisonTableDueOn = "2017-09-19",
            quarterlyReportDueDay = 25, quarterlyReportMonths = new[] { 3, 6, 9, 12 }, annualSummaryDueOn = "2017-12-10",
            contactPhone = "87866388",
            stages = new[] { new { name = "打击整治阶段", from = "2017-09-01", to = "2017-10-31" } },
        }));
        await (await s.PostAsync($"/api/campaigns/{_ids["campaign"]}/publish?published=true", null)).JsonAsync();
        _ids["operation"] = await IdOf(s.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "矩阵检查", startsAt = "2017-09-26T01:00:00Z", leadUnitId = w.UnitA.Id, personnel = 2,
            vehicles = 1,
        }));
        // Declining takes a unit out of the action: it gets an action of its own, so the other calls still find unit A in theirs.
        _ids["declined"] = await IdOf(s.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "矩阵谢绝", startsAt = "2017-09-26T01:00:00Z", leadUnitId = w.UnitA.Id, personnel = 2,
            vehicles = 1,
        }));
        _ids["officer"] = await IdOf(
            s.PostAsJsonAsync("/api/officers", new { unitId = w.UnitA.Id, name = "甲", certificateNumber = "M1" + w.Tag }));
        await IdOf(s.PostAsJsonAsync("/api/officers", new { unitId = w.UnitB.Id, name = "乙", certificateNumber = "M2" + w.Tag }));
        var second = await IdOf(
            s.PostAsJsonAsync("/api/officers", new { unitId = w.UnitA.Id, name = "丙", certificateNumber = "M3" + w.Tag }));
        _ids["case"] = await IdOf(s.PostAsJsonAsync("/api/cases", new
        {
            handlingUnitId = w.UnitA.Id, officerIds = new[] { _ids["officer"], second }, violationType = "SellingCounterfeitGoods",
            partyKind = "Entity", marketEntityId = _ids["entity"], facts = "矩阵案件的违法事实",
        }));
        _ids["draw"] = await IdOf(s.PostAsJsonAsync("/api/random-draws", new { count = 1, seed = 7 }));
        await (await s.PostAsync($"/api/random-draws/{_ids["draw"]}/publish", null)).JsonAsync();
        Assert.Equal("Assigned", assigned.GetProperty("status").GetString());
    }

    private static async Task<string> IdOf(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// The calendar is the whole database's and its calls here change it (an empty body makes a year of no holidays): they
    /// go to a year no other test reads, as the rules' calls go to a rule of the fixture's own, since every class of a
    /// collection shares one database.
    /// </summary>
    private const string CalendarYear = "2070";

    /// <summary>One call of the endpoint by the caller, with town 1's record in every route parameter and an empty body.</summary>
    public async Task<HttpResponseMessage> CallAsync(string caller, string endpoint)
    {
        var template = endpoint[(endpoint.IndexOf(' ') + 1)..];
        // Uploads take a form: send an empty one, so the answer is the endpoint's own and not the framework's 415.
        HttpContent? content = endpoint.StartsWith("POST") || endpoint.StartsWith("PUT")
            ? template.EndsWith("/photos") || template.EndsWith("/import") || template.EndsWith("/liaison-table")
                ? new MultipartFormDataContent { { new StringContent(""), "note" } } : JsonContent.Create(new { })
            : null;
        return await SendAsync(caller, endpoint, content);
    }

    /// <summary>The endpoint called by the caller with town 1's records in its route, the given body, and a query if any.</summary>
    public async Task<HttpResponseMessage> SendAsync(string caller, string endpoint, HttpContent? content, string query = "",
        Func<string, string>? route = null)
    {
        var (method, template) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        if (route is not null) template = route(template);
        var path = template
            .Replace("{trackingCode}", _ids["trackingCode"]).Replace("{photoId}", Guid.NewGuid().ToString())
            .Replace("/calendar/{year}", "/calendar/" + CalendarYear).Replace("{date}", CalendarYear + "-10-09")
            .Replace("{year}", "2017").Replace("{unitId}", _w.UnitA.Id.ToString()).Replace("{code}", CodeFor(template))
            .Replace("{number}", "11010519491231002X").Replace("{action}", "take")
            .Replace("{inspectionId}", template.Contains("{inspectionId}") ? await InspectionAsync() : "")
            .Replace("{exhibitId}", Guid.NewGuid().ToString()).Replace("{documentId}", Guid.NewGuid().ToString())
            .Replace("{sequence}", "1").Replace("{kind}", "CaseApproval")
            .Replace("{form}", "key-area-quarterly").Replace("{period}", "2017Q3").Replace("{indicator}", "actions.personnel")
            .Replace("{id}", IdFor(template));
        using var request = new HttpRequestMessage(new HttpMethod(method), path + query) { Content = content };
        if (template.Contains("{trackingCode}")) request.Headers.Add("X-Access-Key", _accessKey);
        var client = endpoint == "POST /api/auth/signout" && _signIns.TryGetValue(caller, out var signIn)
            ? await signIn() : _clients[caller];
        return await client.SendAsync(request);
    }

    /// <summary>A GET of the page as the caller: signed in by the bearer token (the pages take it too), no redirects followed.</summary>
    public async Task<HttpResponseMessage> OpenPageAsync(string caller, string route)
    {
        var id = route.Contains("{id") ? PageIdFor(route) : "";
        var path = "/" + route.Replace("{year:int?}", "2017")
            .Replace("{year:int}", "2017").Replace("{unitId:guid}", _w.UnitA.Id.ToString())
            .Replace("{form}", "key-area-quarterly").Replace("{period}", "2017Q3").Replace("{code}", "key-area-quarterly")
            .Replace("{id:guid?}", id).Replace("{id:guid}", id);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = _clients[caller].DefaultRequestHeaders.Authorization;
        return await _pageClient.SendAsync(request);
    }

    private string PageIdFor(string route) => route switch
    {
        _ when route.StartsWith("Admin/Users") => _ids["user"],
        _ when route.StartsWith("Calendar/RuleEdit") => _ids["rule"],
        _ when route.StartsWith("Campaigns") => _ids["campaign"],
        _ when route.StartsWith("Entities") => _ids["entity"],
        _ when route.StartsWith("Operations") => _ids["operation"],
        _ when route.StartsWith("RandomDraws") || route.StartsWith("Draw") => _ids["draw"],
        _ when route.StartsWith("Units") => _w.UnitA.Id.ToString(),
        _ when route.StartsWith("Clues") => _ids["clue"],
        _ when route.StartsWith("Cases") => _ids["case"],
        _ => throw new InvalidOperationException("No record for the page " + route),
    };

    private string CodeFor(string template) => template.Contains("credit-code") ? "91350100M000100Y43"
        : template.Contains("/reports/forms/") ? "key-area-quarterly" : "clue.verify";

    private string IdFor(string template) => template switch
    {
        _ when template.Contains("/units/") => _w.UnitA.Id.ToString(),
        _ when template.Contains("/users/") => _ids["user"],
        _ when template.Contains("/jurisdictions/") => _w.Town.Id.ToString(),
        _ when template.Contains("/deadline-rules/") => _ids["rule"],
        _ when template.Contains("/deadlines/") => _ids["deadline"],
        _ when template.Contains("/entities/") => _ids["entity"],
        _ when template.Contains("/key-areas/") => _ids["area"],
        _ when template.Contains("/campaigns/") => _ids["campaign"],
        _ when template.Contains("/participation/decline") => _ids["declined"],
        _ when template.Contains("/operations/") => _ids["operation"],
        _ when template.Contains("random-draws/") => _ids["draw"],
        _ when template.Contains("/officers/") => _ids["officer"],
        _ when template.Contains("/clues/") => _ids["clue"],
        _ when template.Contains("/cases/") => _ids["case"],
        _ when template.Contains("/auth/sessions/") => Guid.NewGuid().ToString(),
        _ => template.Contains("{id}") ? throw new InvalidOperationException("No record for " + template) : "",
    };

    /// <summary>Each delete takes its own inspection, so one caller's success does not turn the next caller's answer into a 404.</summary>
    private async Task<string> InspectionAsync()
    {
        var op = await (await _staff.PostAsJsonAsync($"/api/operations/{_ids["operation"]}/inspections",
            new { marketEntityId = Guid.Parse(_ids["entity"]), result = "NoProblem" })).JsonAsync();
        return op.GetProperty("inspections").EnumerateArray().Last().GetProperty("id").GetString()!;
    }
}
