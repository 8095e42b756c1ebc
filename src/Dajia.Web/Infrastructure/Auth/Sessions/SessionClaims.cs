using System.Security.Claims;

namespace Dajia.Web.Infrastructure.Auth.Sessions;

public static class SessionClaims
{
    /// <summary>The <see cref="UserSession"/> a cookie or token belongs to.</summary>
    public const string Id = "dajia:sid";

    /// <summary>Which refresh token of the session this is; only the newest may be used.</summary>
    public const string Refresh = "dajia:rid";

    public static Guid? SessionId(this ClaimsPrincipal p) => Guid.TryParse(p.FindFirstValue(Id), out var g) ? g : null;

    public static Guid? RefreshId(this ClaimsPrincipal p) => Guid.TryParse(p.FindFirstValue(Refresh), out var g) ? g : null;

    public static Guid? UserId(this ClaimsPrincipal p) => Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : null;

    public static ClaimsPrincipal WithSession(this ClaimsPrincipal p, Guid sessionId, Guid? refreshId = null)
    {
        var identity = (ClaimsIdentity)p.Identity!;
        foreach (var c in identity.FindAll(x => x.Type is Id or Refresh).ToList()) identity.RemoveClaim(c);
        identity.AddClaim(new Claim(Id, sessionId.ToString()));
        if (refreshId is { } r) identity.AddClaim(new Claim(Refresh, r.ToString()));
        return p;
    }

    /// <summary>What the caller says it is (its User-Agent), kept short, for the list of one's sessions.</summary>
    public static string ClientOf(HttpContext ctx) => ctx.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : "?";
}
