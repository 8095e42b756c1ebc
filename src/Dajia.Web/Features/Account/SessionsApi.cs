using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Account;

public sealed record SessionDto(Guid Id, string Kind, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string Client, bool Current);

/// <summary>One's own sign-ins: see them, and end one that is not wanted (a lost phone, a shared computer).</summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder auth)
    {
        auth.MapGet("/sessions", List).WithSummary("我的登录会话");
        auth.MapDelete("/sessions/{id:guid}", End).WithSummary("结束我的一个登录会话");
        return auth;
    }

    private static async Task<Ok<IReadOnlyList<SessionDto>>> List(CurrentUser me, SessionStore sessions, HttpContext ctx) =>
        TypedResults.Ok(Dtos(await sessions.LiveAsync(me.Id), ctx.User.SessionId()));

    private static async Task<Results<NoContent, ProblemHttpResult>> End(
        Guid id, CurrentUser me, SessionStore sessions, IStringLocalizer<SharedResource> l)
    {
        if (!(await sessions.LiveAsync(me.Id)).Any(s => s.Id == id)) return Problems.NotFound(l);
        await sessions.RevokeAsync(id);
        return TypedResults.NoContent();
    }

    public static IReadOnlyList<SessionDto> Dtos(IReadOnlyList<UserSession> live, Guid? current) =>
        live.Select(s => new SessionDto(s.Id, s.Kind.ToString(), s.CreatedAt, s.LastSeenAt, s.Client, s.Id == current)).ToList();
}
