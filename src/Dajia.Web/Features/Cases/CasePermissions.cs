using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Who may move a case, and which moves are possible now. The office handles any case of its jurisdiction; a liaison
/// handles their own unit's cases; approving more time (负责人批准, or a recorded collective decision) is the office's;
/// leaders read. The service refuses what <see cref="RoleMay"/> refuses (403); the detail lists <see cref="Allowed"/>.
/// </summary>
public static class CasePermissions
{
    public static bool MayOpen(CurrentUser user, Guid handlingUnitId) =>
        user.IsOffice || (user.IsLiaison && user.UnitId == handlingUnitId);

    public static bool RoleMay(CurrentUser user, EnforcementCase c, CaseMove move) =>
        user.IsOffice || (move != CaseMove.Extend && user.IsLiaison && user.UnitId is { } unit && c.HandlingUnitId == unit);

    public static bool May(CurrentUser user, EnforcementCase c, CaseMove move) => RoleMay(user, c, move) && c.CanMove(move);

    /// <param name="extendable">Whether the decision clock is open (an extension then either fits the rule or is collective).</param>
    public static IReadOnlyList<string> Allowed(CurrentUser user, EnforcementCase c, bool extendable = true) =>
        Infrastructure.Access.AllowedActions.Of<CaseMove>(m => May(user, c, m) && (m != CaseMove.Extend || extendable), ApiName);

    public static string ApiName(CaseMove move) => move switch
    {
        CaseMove.RecordPayment => "payment",
        _ => move.ToString().ToLowerInvariant(),
    };
}
