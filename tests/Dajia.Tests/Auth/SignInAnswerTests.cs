using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Auth;

/// <summary>
/// A stranger learns nothing from the answer: unknown name, wrong password and a disabled account with a wrong password
/// answer alike. Only the right password may learn that the account is disabled. Common passwords are refused.
/// </summary>
public abstract class SignInAnswerTests(DajiaFactory app)
{
    [Fact]
    public async Task Unknown_wrong_and_disabled_with_a_wrong_password_answer_the_same_on_the_api()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var users = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray();
        var liaisonB = users.Single(u => u.GetProperty("userName").GetString() == w.LiaisonB).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/users/{liaisonB}/disable", null)).JsonAsync();

        var answers = new List<string>();
        foreach (var (name, password) in new[] { ("nobody." + w.Tag, "nope12345"), (w.LiaisonA, "nope12345"), (w.LiaisonB, "nope12345") })
        {
            var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("用户名或密码错误", problem.Title());
            answers.Add(Strip(problem));
        }
        Assert.Single(answers.Distinct());

        // The right password may hear the truth.
        var right = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = w.LiaisonB, password = World.Password });
        var disabled = await right.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("该账户已停用，请联系管理员", disabled.Title());
    }

    [Fact]
    public async Task Unknown_wrong_and_disabled_with_a_wrong_password_answer_the_same_on_the_page()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var users = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray();
        var liaisonB = users.Single(u => u.GetProperty("userName").GetString() == w.LiaisonB).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/users/{liaisonB}/disable", null)).JsonAsync();

        foreach (var name in new[] { "nobody." + w.Tag, w.LiaisonA, w.LiaisonB })
        {
            var page = await SignInPageAsync(name, "nope12345");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("用户名或密码错误", html);
            Assert.DoesNotContain("停用", html);
        }
        Assert.Contains("该账户已停用", await (await SignInPageAsync(w.LiaisonB, World.Password)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Common_passwords_are_refused_when_changing_creating_and_resetting()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        foreach (var common in new[] { "woaini1314", "a5201314", "qq123456", "password1", "1qaz2wsx", "zxcvbnm123", "Woaini1314" })
        {
            var refused = await staff.PostAsJsonAsync("/api/auth/password", new { currentPassword = World.Password, newPassword = common });
            var errors = (await refused.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("newPassword");
            Assert.Contains("密码过于常见或与用户名雷同，容易被猜中，请换一个", errors);
        }
        var withName = await staff.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = World.Password, newPassword = w.Staff + "1" });
        await withName.ProblemAsync(HttpStatusCode.BadRequest);

        var admin = await w.ClientFor(w.Admin);
        var created = await admin.PostAsJsonAsync("/api/users",
            new { userName = "new." + w.Tag, displayName = "新人", password = "a1234567", roles = new[] { "OfficeStaff" } });
        Assert.Contains("密码过于常见或与用户名雷同，容易被猜中，请换一个", (await created.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("password"));
        var users = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray();
        var leader = users.Single(u => u.GetProperty("userName").GetString() == w.Leader).GetProperty("id").GetGuid();
        var reset = await admin.PostAsJsonAsync($"/api/users/{leader}/reset-password", new { newPassword = "password123" });
        await reset.ProblemAsync(HttpStatusCode.BadRequest);
        // An uncommon password of the same shape passes.
        Assert.Equal(HttpStatusCode.NoContent,
            (await staff.PostAsJsonAsync("/api/auth/password",
                new { currentPassword = World.Password, newPassword = "xuzhou-2017-dy" })).StatusCode);
    }

    private async Task<HttpResponseMessage> SignInPageAsync(string userName, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        return await client.PostFormAsync("/Account/Login", [new("UserName", userName), new("Password", password)]);
    }

    private static string Strip(JsonElement problem) =>
        string.Join("|", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
}

[Collection("Sqlite")]
public sealed class SignInAnswerSqlite(SqliteFactory f) : SignInAnswerTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class SignInAnswerPostgres(PostgresFactory f) : SignInAnswerTests(f.WithClockReset());
