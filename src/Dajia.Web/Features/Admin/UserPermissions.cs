namespace Dajia.Web.Features.Admin;

public enum UserAction { Edit, Disable, Enable, ResetPassword }

/// <summary>
/// An administrator manages the accounts of their own subtree (the list is already scoped to it), but does not lock
/// themselves out. Listed in each user answer as <c>allowedActions</c>.
/// </summary>
public static class UserPermissions
{
    public static bool May(CurrentUser me, Guid userId, bool disabled, UserAction action) => me.IsAdmin && action switch
    {
        UserAction.Disable => userId != me.Id && !disabled,
        UserAction.Enable => disabled,
        _ => true,
    };

    public static IReadOnlyList<string> Allowed(CurrentUser me, Guid userId, bool disabled) =>
        Infrastructure.Access.AllowedActions.Of<UserAction>(a => May(me, userId, disabled, a));
}
