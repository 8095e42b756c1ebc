using Dajia.Web.Domain;
namespace Dajia.Web.Infrastructure.Auth.Sessions;

public enum SessionKind { Cookie, Token }

/// <summary>
/// One sign-in, by cookie or by token. Its id travels as a claim in the cookie or token, so revoking this row ends the
/// sign-in at once wherever a copy of the cookie or token is held.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; private set; } = Ids.Next();
    public Guid UserId { get; private set; }
    public SessionKind Kind { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The one refresh token of this session that may still be used; each refresh replaces it.</summary>
    public Guid RefreshId { get; private set; } = Guid.NewGuid();

    /// <summary>What the browser or client said it was, to tell one's own sessions apart.</summary>
    public string Client { get; private set; } = "";

    private UserSession() { }

    public static UserSession Start(Guid userId, SessionKind kind, DateTimeOffset now, string client) => new()
    {
        UserId = userId,
        Kind = kind,
        CreatedAt = now,
        LastSeenAt = now,
        Client = client.Length > 200 ? client[..200] : client,
    };
}
