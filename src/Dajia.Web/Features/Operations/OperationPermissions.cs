using Dajia.Web.Domain.Operations;

namespace Dajia.Web.Features.Operations;

public enum OperationAction { Edit, Respond, Inspect, AddPhoto, RemoveInspection }

/// <summary>
/// The office may change any action; a unit edits what it leads (and removes its inspection records), answers an
/// invitation it received, and records inspections and photos where it confirmed taking part. Listed in the detail answer as
/// <c>allowedActions</c>.
/// </summary>
public static class OperationPermissions
{
    public static bool May(CurrentUser user, Operation o, OperationAction action) =>
        user.IsOffice || (user.IsLiaison && user.UnitId is { } unit && action switch
        {
            // Inspections record no author: a unit that merely took part may not delete what others recorded.
            OperationAction.Edit or OperationAction.RemoveInspection => o.LeadUnitId == unit,
            OperationAction.Respond => o.Units.Any(x => x.UnitId == unit),
            _ => o.Units.Any(x => x.UnitId == unit && x.Status == ParticipationStatus.Confirmed),
        });

    public static IReadOnlyList<string> Allowed(CurrentUser user, Operation o) =>
        Infrastructure.Access.AllowedActions.Of<OperationAction>(a => May(user, o, a));
}
