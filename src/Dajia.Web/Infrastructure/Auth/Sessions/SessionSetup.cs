using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Infrastructure.Auth.Sessions;

public static class SessionSetup
{
    public static IServiceCollection AddDajiaSessions(this IServiceCollection services)
    {
        services.AddScoped<SessionStore>();
        services.AddScoped(sp => (AppSignInManager)sp.GetRequiredService<SignInManager<AppUser>>());
        services.AddSingleton<SignInThrottle>();
        // The cookie's principal is rebuilt from the database every minute; the session it belongs to must survive that.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.SessionId() is { } sid && ctx.NewPrincipal is { } next) next.WithSession(sid);
            return Task.CompletedTask;
        });
        return services;
    }

    /// <summary>
    /// Every signed-in request, cookie or bearer, must belong to a live session: not signed out, not revoked, not idle
    /// for longer than Dajia:Auth:IdleMinutes. Otherwise the request goes on as anonymous (a page then asks to sign in,
    /// the API answers 401), and a stale cookie is removed.
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true)
        {
            var sessions = ctx.RequestServices.GetRequiredService<SessionStore>();
            if (ctx.User.SessionId() is not { } sid || ctx.User.UserId() is not { } uid
                || !await sessions.CheckAsync(sid, uid, ctx.RequestAborted))
            {
                if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
                ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(ctx);
    });
}
