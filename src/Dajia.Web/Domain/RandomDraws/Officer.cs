using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.RandomDraws;

/// <summary>An enforcement officer in the 双随机 pool (执法人员库).</summary>
public sealed class Officer : AggregateRoot, IScoped<Officer>
{
    public static Expression<Func<Officer, bool>> SharedWith(Guid unitId) => _ => true;

    private Officer() { }

    public Officer(Guid jurisdictionId, Guid unitId, string name, string certificateNumber) =>
        (JurisdictionId, UnitId, Name, CertificateNumber, Active) = (jurisdictionId, unitId, name, certificateNumber, true);

    public Guid JurisdictionId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>执法证号.</summary>
    public string CertificateNumber { get; private set; } = "";
    public bool Active { get; private set; }

    public void SetActive(bool active) => Active = active;
}

/// <summary>A declared conflict of interest: this officer must never be drawn for this entity.</summary>
public sealed class OfficerConflict : Entity
{
    private OfficerConflict() { }

    public OfficerConflict(Guid officerId, Guid marketEntityId, string reason) => (OfficerId, MarketEntityId, Reason) = (officerId, marketEntityId, reason);

    public Guid OfficerId { get; private set; }
    public Guid MarketEntityId { get; private set; }
    public string Reason { get; private set; } = "";
}
