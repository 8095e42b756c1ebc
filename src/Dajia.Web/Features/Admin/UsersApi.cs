using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Admin;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Infrastructure.Auth.Policies.Admin);
        g.MapGet("/", async (UserService s, CancellationToken ct) => TypedResults.Ok(new ItemsDto<UserDto>(await s.ListAsync(ct))));
        g.MapGet("/{id:guid}", async Task<Results<Ok<UserDto>, ProblemHttpResult>> (
                Guid id, UserService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } u ? TypedResults.Ok(u) : Problems.NotFound(l));
        g.MapPost("/", async (UserInput body, UserService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.CreateAsync(body, ct)).ToCreated(u => $"/api/users/{u.Id}", l));
        g.MapPut("/{id:guid}", async (Guid id, UserInput body, UserService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.UpdateAsync(id, body, ct)).ToOk(l));
        g.MapPost("/{id:guid}/disable", async (Guid id, UserService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.SetDisabledAsync(id, true, ct)).ToOk(l)).WithSummary("停用账户");
        g.MapPost("/{id:guid}/enable", async (Guid id, UserService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.SetDisabledAsync(id, false, ct)).ToOk(l)).WithSummary("启用账户（同时解除锁定）");
        g.MapPost("/{id:guid}/reset-password", async (Guid id, ResetPasswordInput body, UserService s, IStringLocalizer<SharedResource> l,
            CancellationToken ct) => (await s.ResetPasswordAsync(id, body.NewPassword, ct)).ToOk(l)).WithSummary("重置密码（同时解除锁定）");
        return api;
    }
}
