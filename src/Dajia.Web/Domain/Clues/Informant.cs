using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Clues;

/// <summary>
/// 举报人: who reported, encrypted field by field. Staff other than the office see only the alias ("举报人 #7"); the
/// office sees the identity after stating a reason, and every such view is kept.
/// </summary>
public sealed class Informant : Entity, IScoped<Informant>
{
    // The informant's identity is the office's alone: no unit ever shares in it.
    public static Expression<Func<Informant, bool>> SharedWith(Guid unitId) => _ => false;

    private Informant() { }

    public Informant(Guid jurisdictionId, int alias, string nameCipher, string? mobileCipher, string? idNumberCipher, string? notifyBy) =>
        (JurisdictionId, Alias, NameCipher, MobileCipher, IdNumberCipher, NotifyBy) = (jurisdictionId, alias, nameCipher, mobileCipher,
            idNumberCipher, notifyBy);

    public Guid JurisdictionId { get; private set; }
    public int Alias { get; private set; }
    public string NameCipher { get; private set; } = "";
    public string? MobileCipher { get; private set; }
    public string? IdNumberCipher { get; private set; }

    /// <summary>How the informant wants to hear the outcome (短信 / 电话 / 不需要告知).</summary>
    public string? NotifyBy { get; private set; }
}

public sealed class InformantReveal : Entity
{
    private InformantReveal() { }

    public InformantReveal(Guid informantId, Guid clueId, DateTimeOffset at, Guid userId, string userName, string reason) =>
        (InformantId, ClueId, At, UserId, UserName, Reason) = (informantId, clueId, at, userId, userName, reason);

    public Guid InformantId { get; private set; }
    public Guid ClueId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string Reason { get; private set; } = "";
}
