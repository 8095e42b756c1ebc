using System.Globalization;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Infrastructure.Access;

/// <summary>A detail answer that carries the version it was read at (sent as its ETag).</summary>
public interface IVersionedDto
{
    int Version { get; }
}

/// <summary>
/// The version a write was based on: the API's <c>If-Match</c> header (<c>"3"</c>), a page's hidden field. Absent means
/// "whatever is stored now" — the save is still compared with what the service read, so a race is never lost silently.
/// </summary>
public readonly record struct Expected(int? Version)
{
    public static readonly Expected Any = new(null);

    public bool IsStale(int stored) => Version is { } v && v != stored;

    public static ValueTask<Expected> BindAsync(HttpContext ctx)
    {
        var header = ctx.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return ValueTask.FromResult(Any);
        // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag can never match, so it is refused as malformed.
        var tag = header;
        if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            return ValueTask.FromResult(new Expected(v));
        // A 400 naming the header in Chinese (ErrorHandling), not the framework's English "bad request".
        throw new BadHttpRequestException("If-Match must be a strong ETag such as \"3\"", StatusCodes.Status400BadRequest,
            new InputRefusedException("Problem.IfMatch") { Field = "If-Match" });
    }
}

public static class ETags
{
    /// <summary>Every API answer whose body is versioned gets its ETag, so clients can send it back as If-Match.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var result = await next(ctx);
        var value = result is INestedHttpResult n ? n.Result : result;
        if (value is IValueHttpResult { Value: IVersionedDto v })
            ctx.HttpContext.Response.Headers.ETag = $"\"{v.Version}\"";
        return result;
    }
}
