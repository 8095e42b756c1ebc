using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

public enum DeadlineAction { Pause, Resume, Extend, Met }

/// <summary>
/// The office keeps the clock: it pauses, resumes, extends and marks deadlines met; units read the ones they answer
/// for. Listed in the detail answer as <c>allowedActions</c>.
/// </summary>
public static class DeadlinePermissions
{
    public static bool RoleMay(CurrentUser user) => user.IsOffice;

    public static bool May(CurrentUser user, Deadline d, DeadlineAction action) => RoleMay(user) && action switch
    {
        DeadlineAction.Pause => d.IsOpen && !d.IsPaused,
        DeadlineAction.Resume => d.IsOpen && d.IsPaused,
        _ => d.IsOpen,
    };

    public static IReadOnlyList<string> Allowed(CurrentUser user, Deadline d) =>
        Infrastructure.Access.AllowedActions.Of<DeadlineAction>(a => May(user, d, a));
}
