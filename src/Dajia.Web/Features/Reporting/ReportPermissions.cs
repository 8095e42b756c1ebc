using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Reporting;

public enum ReportAction
{
    Edit,
    Submit,
    Return,
    Accept,
    AllowLate,
}

/// <summary>
/// A unit's report is the unit's: its liaison fills and submits it (the office may do so for it, as with a faxed copy);
/// only the office returns or accepts, and lets a unit file after the due date.
/// </summary>
public static class ReportPermissions
{
    /// <summary>A liaison sees only their own unit's report; office roles and leaders their town's (the unit in scope).</summary>
    public static bool MaySee(CurrentUser user, Guid unitId) => user.IsOffice || user.IsLeader || user.IsLiaison && user.UnitId == unitId;

    public static bool May(CurrentUser user, Guid unitId, ReportSubmission? s, ReportAction a) => a switch
    {
        ReportAction.Edit or ReportAction.Submit => (user.IsOffice || user.IsLiaison && user.UnitId == unitId)
            && (s is null || s.Editable),
        ReportAction.Return or ReportAction.Accept => user.IsOffice && s?.State == ReportState.Submitted,
        // Only a report not yet submitted can be late: a submitted or accepted one is in, a returned one is never locked.
        ReportAction.AllowLate => user.IsOffice && (s is null || s.State == ReportState.Draft),
        _ => false,
    };

    public static IReadOnlyList<string> Allowed(CurrentUser user, Guid unitId, ReportSubmission? s) =>
        AllowedActions.Of<ReportAction>(a => May(user, unitId, s, a));
}
