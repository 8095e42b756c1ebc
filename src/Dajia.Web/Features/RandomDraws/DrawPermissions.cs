using Dajia.Web.Domain.RandomDraws;

namespace Dajia.Web.Features.RandomDraws;

public enum DrawAction { Verify, Plan, Publish }

/// <summary>
/// Anyone who can see a draw may check it (that is the point of keeping its seed and lists); the office turns it into
/// an action and publishes it, once each. Listed in the detail answer as <c>allowedActions</c>.
/// </summary>
public static class DrawPermissions
{
    public static bool RoleMay(CurrentUser user, DrawAction action) => action == DrawAction.Verify || user.IsOffice;

    public static bool May(CurrentUser user, RandomDraw d, DrawAction action) => RoleMay(user, action) && action switch
    {
        DrawAction.Plan => d.OperationId is null,
        DrawAction.Publish => !d.Published,
        _ => true,
    };

    public static IReadOnlyList<string> Allowed(CurrentUser user, RandomDraw d) =>
        Infrastructure.Access.AllowedActions.Of<DrawAction>(a => May(user, d, a));
}
