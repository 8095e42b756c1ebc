using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

public enum CaseDocsAction { AddExhibit, EditExhibit, DisposeExhibit, ReportTransfer, RecordTransferStep, IssueDocument }

/// <summary>
/// Who keeps a case's goods, transfer and documents: the office, or the liaison of the unit handling the case; a leader
/// reads. Goods and transfers stay open to change while the case is (disposal also after the decision); numbering a
/// document is possible at any time, since a closed case's file is still printed.
/// </summary>
public static class CaseDocsPermissions
{
    public static bool May(CurrentUser user, EnforcementCase c, CaseDocsAction action)
    {
        var keeper = user.IsOffice || (user.IsLiaison && user.UnitId == c.HandlingUnitId);
        return action switch
        {
            CaseDocsAction.IssueDocument => keeper,
            CaseDocsAction.AddExhibit or CaseDocsAction.EditExhibit or CaseDocsAction.ReportTransfer => keeper && c.IsOpen,
            _ => keeper,
        };
    }

    public static IReadOnlyList<string> Allowed(CurrentUser user, EnforcementCase c) =>
        Infrastructure.Access.AllowedActions.Of<CaseDocsAction>(a => May(user, c, a));
}
