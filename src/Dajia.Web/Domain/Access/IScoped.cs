using System.Linq.Expressions;

namespace Dajia.Web.Domain.Access;

/// <summary>
/// A record that belongs to a jurisdiction (a town, or above). Office roles and leaders see every such record of
/// their subtree; a member unit's liaison sees only the unit's share, which each record type states for itself.
/// Reads go through <c>Infrastructure.Auth.Scope.Visible</c>, never straight to the table (an architecture test checks).
/// </summary>
public interface IScoped<TSelf> where TSelf : IScoped<TSelf>
{
    Guid JurisdictionId { get; }

    /// <summary>What the liaison of <paramref name="unitId"/> may see of these records.</summary>
    static abstract Expression<Func<TSelf, bool>> SharedWith(Guid unitId);
}
