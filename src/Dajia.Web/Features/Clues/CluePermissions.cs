using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Who may move a clue, and which moves are possible now. The service refuses what <see cref="RoleMay"/> refuses
/// (403); the detail answer lists <see cref="Allowed"/> as <c>allowedActions</c>, and the page shows only those.
/// </summary>
public static class CluePermissions
{
    /// <summary>The assigned unit's own work (the office may take and verify for it); every other move is the office's.</summary>
    private static readonly ClueMove[] UnitMoves = [ClueMove.Take, ClueMove.Verify, ClueMove.Extension];

    public static bool RoleMay(CurrentUser user, Clue clue, ClueMove move)
    {
        var assignedUnit = user.IsLiaison && user.UnitId is { } unit && clue.AssignedUnitId == unit;
        // The unit asks for more time and the office decides: the office asking itself would skip the decision.
        if (move == ClueMove.Extension) return assignedUnit;
        // 协查单位 see the clue and add notes; only the lead unit takes and verifies it.
        if (move == ClueMove.Note) return user.IsOffice || assignedUnit || (user.IsLiaison && user.UnitId is { } co && clue.IsCoUnit(co));
        return user.IsOffice || (assignedUnit && UnitMoves.Contains(move));
    }

    public static bool May(CurrentUser user, Clue clue, ClueMove move) => RoleMay(user, clue, move) && clue.CanMove(move);

    /// <param name="extendable">
    /// Whether the verification time limit still has an extension the office may grant alone; when it has none, the
    /// request can only be declined (a collective decision extends the deadline itself).
    /// </param>
    public static IReadOnlyList<string> Allowed(CurrentUser user, Clue clue, bool extendable = true)
    {
        var moves = Infrastructure.Access.AllowedActions.Of<ClueMove>(
            m => May(user, clue, m) && (m != ClueMove.ApproveExtension || extendable), m => m.ApiName());
        if (MayRevealInformant(user, clue)) moves.Add("identity");
        return moves;
    }

    /// <summary>Settling which entity and key area a clue is about is the office's, at any step (it feeds the counts).</summary>
    public static bool MayMatch(CurrentUser user, Clue clue) => user.IsOffice;

    public static bool MayRevealInformant(CurrentUser user, Clue clue) => user.IsOffice && clue.InformantId is not null;
}
