using System.Globalization;
using System.Threading.RateLimiting;

namespace Dajia.Web.Infrastructure;

/// <summary>What a public limit counts: sending something (a report, an addition) or looking one up. Reading pages is free.</summary>
public enum PublicLimit
{
    Submission,
    Lookup,
}

/// <summary>
/// The public portal's limits, each a fixed window per client address (see <see cref="RateLimits.ClientOf"/>), shared by
/// the pages and the API so that neither is a way around the other. A page asks <see cref="TryTake"/> itself, so that a
/// refusal is the same page again with what was typed; the API uses <see cref="RateLimits.Limited"/>.
/// </summary>
public sealed class PublicLimits : IDisposable
{
    private readonly Dictionary<PublicLimit, PartitionedRateLimiter<string>> _limiters;

    public PublicLimits(IConfiguration config)
    {
        // Before the two limits there was one setting for every public request; a deployment that set it keeps its number.
        var legacy = config.GetValue<int?>("Dajia:PublicRequestsPerMinute");
        _limiters = new()
        {
            [PublicLimit.Submission] = Limiter(config.GetValue<int?>("Dajia:PublicSubmissionsPerMinute") ?? legacy ?? 30),
            [PublicLimit.Lookup] = Limiter(config.GetValue<int?>("Dajia:PublicLookupsPerMinute") ?? legacy ?? 120),
        };
    }

    /// <summary>Null when the request may go on; otherwise how long until the client's window opens again.</summary>
    public TimeSpan? TryTake(HttpContext ctx, PublicLimit limit)
    {
        using var lease = _limiters[limit].AttemptAcquire(RateLimits.ClientOf(ctx));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose()
    {
        foreach (var l in _limiters.Values) l.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) => PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
        }));
}

public static class RateLimits
{
    public static IServiceCollection AddDajiaRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<PublicLimits>();
        return services.AddRateLimiter(o => o.RejectionStatusCode = 429);
    }

    /// <summary>The client a limit counts: its address as the connection (or a trusted proxy) reports it.</summary>
    public static string ClientOf(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Seconds for Retry-After and for the message: whole, at least one.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>An API endpoint counted against a public limit: refused with a Chinese 429 ProblemDetails and Retry-After.</summary>
    public static TBuilder Limited<TBuilder>(this TBuilder builder, PublicLimit limit) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) =>
        {
            var http = ctx.HttpContext;
            if (http.RequestServices.GetRequiredService<PublicLimits>().TryTake(http, limit) is not { } wait) return await next(ctx);
            var seconds = Seconds(wait);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: l["Problem.TooMany"],
                detail: l["Portal.TryAgainIn", seconds]);
        });
}
