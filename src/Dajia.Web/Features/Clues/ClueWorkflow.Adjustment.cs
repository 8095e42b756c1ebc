using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Body of 调整交办: each field left out (null) stays as it is; <c>coUnitIds</c> is the whole list of 协查单位 as it is to
/// stand (an empty list removes them all), <c>instructions</c> an empty text clears the 交办意见.
/// </summary>
public sealed record AdjustAssignmentInput(string? Instructions = null, DateOnly? DueOn = null, IReadOnlyList<Guid>? CoUnitIds = null);

/// <summary>调整交办: co-operating units, instructions and date change on an assigned clue; the lead unit stays.</summary>
public sealed partial class ClueWorkflow
{
    public Task<ServiceResult<ClueDto>> AdjustAssignmentAsync(Guid id, AdjustAssignmentInput input, Expected expected,
        CancellationToken ct = default) =>
        RunAsync(id, ClueMove.AdjustAssignment, expected, "instructions", async (c, now, by) =>
        {
            var lead = c.AssignedUnitId ?? Guid.Empty;
            var co = input.CoUnitIds?.Distinct().ToList() ?? c.CoUnits.Select(u => u.UnitId).ToList();
            var errors = new List<FieldError>();
            await CheckCoUnitsAsync(c, lead, co, errors, ct);
            var instructions = input.Instructions ?? c.AssignmentInstructions;
            Shared.Input.Fits(instructions?.Trim(), FieldLengths.Note, "instructions", errors);
            // The date the unit already has stands even once it is today or past; only a new one is checked.
            var due = c.AssignmentDueOn;
            if (input.DueOn is { } wanted && wanted != c.AssignmentDueOn)
            {
                var (chosen, dueError) = await terms.ChooseAsync(c.Id, wanted, afresh: false, ct);
                if (dueError is not null) errors.Add(dueError);
                due = chosen;
            }
            if (errors.Count > 0) return new Step(null, errors);
            var moved = due != c.AssignmentDueOn;
            c.AdjustAssignment(new Assignment(lead, instructions, due, co), now, by);
            return new Step(null, After: moved && due is { } d ? () => terms.ApplyAsync(c.Id, d, ct) : null);
        }, ct);

    /// <summary>协查单位: member units of the clue's own town (a city's admin sees other towns' too), not the lead, at most five.</summary>
    private async Task CheckCoUnitsAsync(Clue c, Guid lead, List<Guid> co, List<FieldError> errors, CancellationToken ct)
    {
        var members = co.Count == 0 ? []
            : await db.VisibleUnits(user)
                .Where(u => co.Contains(u.Id) && u.Kind == UnitKind.Member && u.JurisdictionId == c.JurisdictionId)
                .Select(u => u.Id).ToListAsync(ct);
        if (co.Any(u => !members.Contains(u))) errors.Add(new("coUnitIds", "Validation.Clue.CoUnits"));
        else if (co.Contains(lead)) errors.Add(new("coUnitIds", "Clue.LeadIsCoUnit"));
        else if (co.Count > Assignment.MaxCoUnits) errors.Add(new("coUnitIds", "Clue.TooManyCoUnits", Assignment.MaxCoUnits));
    }
}
