using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

public abstract class AuthApiTests(DajiaFactory app)
{
    [Fact]
    public async Task Good_credentials_give_a_bearer_token_that_the_api_accepts()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = w.Staff, password = World.Password });
        var json = await response.JsonAsync();
        Assert.False(string.IsNullOrEmpty(json.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, json.GetProperty("expiresIn").GetInt32());

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(w.Staff, me.GetProperty("userName").GetString());
        Assert.Contains("OfficeStaff", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_are_the_same_401_in_chinese()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var client = app.CreateClient();
        var wrong = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = w.Staff, password = "nope12345" }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody." + w.Tag, password = "nope12345" }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误", wrong.Title());
        Assert.Equal(wrong.Title(), unknown.Title());
    }

    [Fact]
    public async Task Five_wrong_passwords_make_that_client_wait_but_do_not_lock_the_account()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/auth/token", new { userName = w.LiaisonB, password = "wrong-" + i });
        var waiting = await client.PostAsJsonAsync("/api/auth/token", new { userName = w.LiaisonB, password = World.Password });
        Assert.Equal("登录尝试过于频繁", (await waiting.ProblemAsync(HttpStatusCode.TooManyRequests)).Title());
        Assert.Equal(TimeSpan.FromMinutes(15), waiting.Headers.RetryAfter!.Delta);
        var admin = await w.ClientFor(w.Admin);
        var b = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == w.LiaisonB);
        Assert.False(b.GetProperty("lockedOut").GetBoolean());
        app.Clock.Now += TimeSpan.FromMinutes(16);
        await w.ClientFor(w.LiaisonB);
    }

    [Fact]
    public async Task Missing_fields_and_broken_json_are_400_problems()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var client = app.CreateClient();
        var missing = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请输入用户名和密码", missing.ErrorsFor("userName").Single());
        var broken = await client.PostAsync("/api/auth/token",
            new StringContent("{\"userName\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("请求体不是有效的 JSON，或字段类型不对", (await broken.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_without_a_token_is_401_problem_not_a_login_redirect()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var problem = await (await client.GetAsync("/api/units")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("未登录或登录已过期", problem.Title());
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token()
    {
        var w = await World.CreateAsync(app);
        var first = await (await app.CreateClient()
            .PostAsJsonAsync("/api/auth/token", new { userName = w.Leader, password = World.Password })).JsonAsync();
        var refreshed = await (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh",
            new { refreshToken = first.GetProperty("refreshToken").GetString() })).JsonAsync();
        Assert.False(string.IsNullOrEmpty(refreshed.GetProperty("accessToken").GetString()));
        await (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_takes_the_old_one_away()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonB);
        var weak = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = World.Password, newPassword = "short" });
        Assert.Contains("密码至少 8 位", (await weak.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("newPassword"));
        var ok = await client.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = World.Password, newPassword = "new-pass-2017" });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        var old = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = w.LiaisonB, password = World.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await World.ClientFor(app, w.LiaisonB, "new-pass-2017");
    }
}

[Collection("Sqlite")]
public sealed class AuthApiSqlite(SqliteFactory f) : AuthApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AuthApiPostgres(PostgresFactory f) : AuthApiTests(f.WithClockReset());
