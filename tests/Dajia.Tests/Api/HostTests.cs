using System.Net;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Api;

public abstract partial class HostTests(DajiaFactory app)
{
    [Fact]
    public async Task The_sign_out_button_of_every_page_signs_out()
    {
        var w = await World.CreateAsync(app);
        var client = await Pages.SignInAsync(app, w.Staff);
        var answer = await client.PostFormAsync("/Clues", [], "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var home = await client.GetAsync("/Clues");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/Account/Login", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Healthz_names_the_database()
    {
        var json = await (await app.CreateClient().GetAsync("/healthz")).JsonAsync();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(app.Provider.ToString(), json.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Json_answers_carry_chinese_as_is_not_as_escapes()
    {
        var body = await (await app.CreateClient().GetAsync("/api/units")).Content.ReadAsStringAsync();
        Assert.Contains("未登录或登录已过期", body);
        Assert.DoesNotContain("\\u", body);
    }

    [Fact]
    public async Task OpenApi_documents_every_api_with_the_bearer_scheme()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/auth/token", "/api/units", "/api/units/{id}/liaison", "/api/units/liaison-table.xlsx",
            "/api/users", "/api/liaison-tables/{year}" })
            Assert.Contains($"\"{path}\"", doc);
        Assert.Contains("\"bearer\"", doc);
    }

    [Fact]
    public async Task Staff_pages_need_a_sign_in_the_home_is_public_and_both_speak_chinese_unescaped()
    {
        await World.CreateAsync(app); // a town whose office takes reports
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var clues = await client.GetAsync("/Clues");
        Assert.Equal(HttpStatusCode.Redirect, clues.StatusCode);
        Assert.StartsWith("/Account/Login", clues.Headers.Location!.PathAndQuery);
        // A citizen who opens the site gets the public home, with a way in for staff.
        var home = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("我要举报/投诉", home);
        Assert.Contains("href=\"/Account/Login\" id=\"home-staff-login\"", home);
        Assert.DoesNotContain("您好", home);
        var login = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>登录</h1>", login);
        Assert.DoesNotContain("&#x", login);
        var english = await (await client.GetAsync("/Account/Login?culture=en")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Sign in</h1>", english);
    }

    [Fact]
    public async Task A_wrong_password_on_the_sign_in_page_says_so_and_a_right_one_signs_in()
    {
        var w = await World.CreateAsync(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login");
        var token = Antiforgery().Match(form).Groups[1].Value;
        var bad = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = w.Staff, ["Password"] = "wrong-one", ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("用户名或密码错误", await bad.Content.ReadAsStringAsync());
        var good = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = w.Staff, ["Password"] = World.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains($"您好，{w.Staff}", home);
        // The cookie also opens the API, for the page's download button.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units/liaison-table.xlsx")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_page_is_a_chinese_404_page_and_an_unknown_api_a_problem()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.Staff);
        var page = await client.GetAsync("/Account/NoSuchPage");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("找不到该页面或记录", await page.Content.ReadAsStringAsync());
        var unit = await client.GetAsync($"/Units/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unit.StatusCode);
        var api = await client.GetAsync($"/api/units/{Guid.NewGuid()}");
        Assert.Equal("找不到该记录", (await api.ProblemAsync(HttpStatusCode.NotFound)).Title());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

[Collection("Sqlite")]
public sealed class HostSqlite(SqliteFactory f) : HostTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class HostPostgres(PostgresFactory f) : HostTests(f.WithClockReset());
