using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dajia.Web.Infrastructure;

/// <summary>The app's rate-limit policies, each partitioned by the client's address (see <see cref="ClientOf"/>).</summary>
public static class RateLimits
{
    public const string Public = "public";

    public static IServiceCollection AddDajiaRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = 429;
        o.OnRejected = OnRejected;
        // Public endpoints: a fixed window per client address, sized by Dajia:PublicRequestsPerMinute.
        o.AddPolicy(Public, ctx => RateLimitPartition.GetFixedWindowLimiter(ClientOf(ctx), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = ctx.RequestServices.GetRequiredService<IConfiguration>().GetValue("Dajia:PublicRequestsPerMinute", 30),
            Window = TimeSpan.FromMinutes(1),
        }));
    });

    /// <summary>The client a limit counts: its address as the connection (or a trusted proxy) reports it.</summary>
    public static string ClientOf(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejected(OnRejectedContext ctx, CancellationToken ct)
    {
        // A person (or a script) told when to try again does not have to guess; a fixed window always knows.
        if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
        var l = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx.HttpContext,
            ProblemDetails = new ProblemDetails { Status = 429, Title = l["Problem.TooMany"] },
        });
    }
}
