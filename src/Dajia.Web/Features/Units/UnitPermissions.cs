using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Units;

public enum UnitAction { Edit, SetLiaison, SetDeputy, SubmitLiaisonTable }

/// <summary>
/// An administrator keeps the register of units; the office, or the unit's own liaison, keeps its liaison record and
/// submits 附件1. Listed in the detail answer as <c>allowedActions</c>.
/// </summary>
public static class UnitPermissions
{
    public static bool May(CurrentUser user, Unit unit, UnitAction action) => action switch
    {
        UnitAction.Edit => user.IsAdmin,
        _ => user.IsOffice || (user.IsLiaison && user.UnitId == unit.Id),
    };

    public static IReadOnlyList<string> Allowed(CurrentUser user, Unit unit) =>
        Infrastructure.Access.AllowedActions.Of<UnitAction>(a => May(user, unit, a));
}
