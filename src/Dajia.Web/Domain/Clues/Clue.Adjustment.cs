namespace Dajia.Web.Domain.Clues;

/// <summary>
/// 调整交办: while the lead unit keeps the clue, the office adds or removes 协查单位 (a unit removed no longer sees the clue),
/// rewrites the 交办意见 or moves the date. The status does not move: a unit already verifying goes on verifying.
/// </summary>
public sealed partial class Clue
{
    /// <param name="a">The assignment as it is to stand; its lead unit must be the current one (else it is a 改派).</param>
    public void AdjustAssignment(Assignment a, DateTimeOffset at, string by)
    {
        Guard(ClueMove.AdjustAssignment, Status);
        if (a.LeadUnitId != AssignedUnitId) throw new DomainException("Clue.AdjustKeepsLead");
        var instructions = a.Instructions?.Trim() is { Length: > 0 } t ? t : null;
        if (instructions is { Length: > FieldLengths.Note }) throw new DomainException("Clue.InstructionsTooLong", FieldLengths.Note);
        var co = a.CoUnitIds.Distinct().ToList();
        if (co.Contains(a.LeadUnitId)) throw new DomainException("Clue.LeadIsCoUnit");
        if (co.Count > Assignment.MaxCoUnits) throw new DomainException("Clue.TooManyCoUnits", Assignment.MaxCoUnits);
        var sameUnits = co.Count == _coUnits.Count && co.All(IsCoUnit);
        if (sameUnits && instructions == AssignmentInstructions && a.DueOn == AssignmentDueOn)
            throw new DomainException("Clue.NothingAdjusted");
        (AssignmentInstructions, AssignmentDueOn) = (instructions, a.DueOn);
        _coUnits.RemoveAll(u => !co.Contains(u.UnitId));
        foreach (var unit in co.Where(u => !IsCoUnit(u))) _coUnits.Add(new ClueCoUnit(Id, unit));
        Record(ClueEventKind.AssignmentAdjusted, at, by, null);
    }
}
