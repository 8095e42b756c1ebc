using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

public abstract class UsersApiTests(DajiaFactory app)
{
    [Fact]
    public async Task An_admin_creates_a_liaison_who_can_then_sign_in_and_edit_their_unit()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var userName = $"new.{w.Tag}";
        var created = await (await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "新联络员", password = "Start-2017", roles = new[] { "UnitLiaison" }, unitId = w.UnitB.Id,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(w.UnitB.Id, created.GetProperty("unitId").GetGuid());
        var liaison = await World.ClientFor(app, userName, "Start-2017");
        var saved = await liaison.PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", new { name = "新联络员", mobile = "13711112222" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task Duplicate_names_weak_passwords_and_liaisons_without_units_are_refused()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var dup = await (await admin.PostAsJsonAsync("/api/users",
            new { userName = w.Staff, displayName = "重复", password = "Start-2017", roles = new[] { "OfficeStaff" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"用户名“{w.Staff}”已被使用", dup.ErrorsFor("userName").Single());
        var weak = await (await admin.PostAsJsonAsync("/api/users",
            new { userName = "weak." + w.Tag, displayName = "弱", password = "abc", roles = new[] { "OfficeStaff" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("密码至少 8 位", weak.ErrorsFor("password"));
        var noUnit = await (await admin.PostAsJsonAsync("/api/users",
            new { userName = "lone." + w.Tag, displayName = "无单位", password = "Start-2017", roles = new[] { "UnitLiaison" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("联络员必须选择所属单位", noUnit.ErrorsFor("unitId").Single());
        await w.NeighbourAsync(); // five more users in another town: the list is of this town's five only
        var users = await (await admin.GetAsync("/api/users")).JsonAsync();
        Assert.Equal(5, users.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Every_field_that_needs_fixing_is_named_in_one_answer_by_the_api_and_the_page()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var all = await (await admin.PostAsJsonAsync("/api/users",
            new { userName = w.Staff, displayName = "", password = "abc", roles = Array.Empty<string>() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"用户名“{w.Staff}”已被使用", all.ErrorsFor("userName").Single());
        Assert.Contains("密码至少 8 位", all.ErrorsFor("password"));
        Assert.NotEmpty(all.ErrorsFor("displayName"));
        Assert.NotEmpty(all.ErrorsFor("roles"));
        var liaison = await (await admin.PostAsJsonAsync("/api/users",
            new { userName = "lone." + w.Tag, displayName = "无单位", password = "abc", roles = new[] { "UnitLiaison" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("联络员必须选择所属单位", liaison.ErrorsFor("unitId").Single());
        Assert.Contains("密码至少 8 位", liaison.ErrorsFor("password"));

        var page = await Pages.SignInAsync(app, w.Admin);
        var answer = await page.PostFormAsync("/Admin/Users/Edit",
            [new("Form.UserName", w.Staff), new("Form.DisplayName", "重复"), new("Form.Password", "abc"), new("Form.UnitId", "")]);
        var html = System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Contains($"用户名“{w.Staff}”已被使用", html);
        Assert.Contains("密码至少 8 位", html);
        Assert.Contains("请至少选择一个角色", html);
    }

    [Fact]
    public async Task Only_an_admin_manages_users_and_only_in_their_own_town()
    {
        var w = await World.CreateAsync(app);
        var other = await World.CreateAsync(app);
        await (await (await w.ClientFor(w.Staff)).GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Forbidden);
        var admin = await w.ClientFor(w.Admin);
        var list = await (await admin.GetAsync("/api/users")).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("userName").GetString() == other.Admin);
        var otherUser = (await (await (await other.ClientFor(other.Admin)).GetAsync("/api/users")).JsonAsync())
            .GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/users/{otherUser}/disable", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_tokens_at_once_and_enabling_restores_sign_in()
    {
        var w = await World.CreateAsync(app);
        var liaison = await w.ClientFor(w.LiaisonA);
        Assert.Equal(HttpStatusCode.OK, (await liaison.GetAsync("/api/units")).StatusCode);
        var admin = await w.ClientFor(w.Admin);
        var id = (await (await liaison.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetGuid();
        var disabled = await (await admin.PostAsync($"/api/users/{id}/disable", null)).JsonAsync();
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await liaison.GetAsync("/api/units")).StatusCode);
        var refused = await (await app.CreateClient()
            .PostAsJsonAsync("/api/auth/token", new { userName = w.LiaisonA, password = World.Password }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("该账户已停用，请联系管理员", refused.Title());
        await (await admin.PostAsync($"/api/users/{id}/enable", null)).JsonAsync();
        await w.ClientFor(w.LiaisonA);
        var self = (await (await admin.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/users/{self}/disable", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_password_reset_unlocks_a_locked_out_user()
    {
        var w = await World.CreateAsync(app);
        // Wrong passwords no longer lock an account (SignInThrottle makes the client wait instead); wrong two-step codes do.
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByNameAsync(w.LiaisonB))!, DateTimeOffset.UtcNow.AddMinutes(15));
        });
        var admin = await w.ClientFor(w.Admin);
        var users = await (await admin.GetAsync("/api/users")).JsonAsync();
        var b = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == w.LiaisonB);
        Assert.True(b.GetProperty("lockedOut").GetBoolean());
        var weak = await admin.PostAsJsonAsync($"/api/users/{b.GetProperty("id").GetGuid()}/reset-password", new { newPassword = "x" });
        await weak.ProblemAsync(HttpStatusCode.BadRequest);
        var reset = await (await admin.PostAsJsonAsync($"/api/users/{b.GetProperty("id").GetGuid()}/reset-password",
            new { newPassword = "Reset-2017" })).JsonAsync();
        Assert.False(reset.GetProperty("lockedOut").GetBoolean());
        await World.ClientFor(app, w.LiaisonB, "Reset-2017");
    }

    [Fact]
    public async Task The_audit_log_never_shows_a_password_hash()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var audit = await (await admin.GetAsync("/api/audit?entityType=AppUser")).JsonAsync();
        var changes = audit.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("changes").GetString()!).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.DoesNotContain("AQAAAA", c)); // Identity v3 hashes start with this
        Assert.Contains(changes, c => c.Contains("\"PasswordHash\":{\"after\":\"***\"}"));
        await (await (await w.ClientFor(w.Staff)).GetAsync("/api/audit")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection("Sqlite")]
public sealed class UsersApiSqlite(SqliteFactory f) : UsersApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class UsersApiPostgres(PostgresFactory f) : UsersApiTests(f.WithClockReset());
