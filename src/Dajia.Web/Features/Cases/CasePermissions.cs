using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Who may move a case, and which moves are possible now. The office handles any case of its jurisdiction; a liaison
/// handles their own unit's cases; approving more time (负责人批准, or a recorded collective decision) is the office's;
/// leaders read. The service refuses what <see cref="RoleMay"/> refuses (403); the detail lists <see cref="Allowed"/>.
/// </summary>
public static class CasePermissions
{
    /// <summary>The transfer's statuses once the police have opened a case on it.</summary>
    public static readonly TransferStatus[] PoliceTook = [TransferStatus.PoliceAccepted, TransferStatus.Completed];

    public static bool MayOpen(CurrentUser user, Guid handlingUnitId) =>
        user.IsOffice || (user.IsLiaison && user.UnitId == handlingUnitId);

    public static bool RoleMay(CurrentUser user, EnforcementCase c, CaseMove move) =>
        user.IsOffice || (move != CaseMove.Extend && user.IsLiaison && user.UnitId is { } unit && c.HandlingUnitId == unit);

    public static bool May(CurrentUser user, EnforcementCase c, CaseMove move) => RoleMay(user, c, move) && c.CanMove(move);

    /// <param name="extendable">Whether the decision clock is open (an extension then either fits the rule or is collective).</param>
    /// <param name="policeTook">Whether the police opened a case (立案) on the case's transfer: it may then be closed as transferred.</param>
    /// <param name="pausable">Whether a pause could start now (a day after 立案, the decision clock not late).</param>
    /// <param name="closable">Whether every exhibit is disposed of (结案 waits for the goods).</param>
    /// <param name="decidable">Whether the party was told and heard, or their period ran out (行政处罚法第六十二条).</param>
    public static IReadOnlyList<string> Allowed(CurrentUser user, EnforcementCase c, bool extendable = true, bool policeTook = false,
        bool pausable = true, bool closable = true, bool decidable = true) =>
        Infrastructure.Access.AllowedActions.Of<CaseMove>(m => May(user, c, m) && (m != CaseMove.Extend || extendable)
            && (m != CaseMove.CloseTransferred || policeTook) && (m != CaseMove.Pause || pausable) && (m != CaseMove.Close || closable)
            && (m != CaseMove.Decide || decidable), ApiName);

    public static string ApiName(CaseMove move) => move switch
    {
        CaseMove.RecordPayment => "payment",
        CaseMove.CloseTransferred => "close-transferred",
        _ => move.ToString().ToLowerInvariant(),
    };
}
