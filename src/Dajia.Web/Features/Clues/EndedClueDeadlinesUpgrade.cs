using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Before closing, rejecting and merging ended every open deadline of a clue, a clue could end with duties still open
/// (telling the informant, a verification) that then went overdue on a clue nobody works on. On each start those are
/// ended as the step itself now ends them, by the system, with the step named in their history. Only such deadlines
/// are touched, so running it again finds nothing.
/// </summary>
public static class EndedClueDeadlinesUpgrade
{
    private static readonly ClueStatus[] Ended = [ClueStatus.Closed, ClueStatus.Rejected, ClueStatus.Duplicate];

    public static async Task<int> RunAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        // Work for no one user, over every town: the clues' statuses decide, not anyone's scope.
        var ended = db.Unscoped<Clue>().Where(c => Ended.Contains(c.Status));
        var open = await db.Unscoped<Deadline>()
            .Where(d => d.SubjectType == DeadlineSubjects.Clue && d.MetAt == null && d.EndedAt == null
                && ended.Any(c => c.Id == d.SubjectId))
            .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().ToListAsync(ct);
        if (open.Count == 0) return 0;
        var ids = open.Select(d => d.SubjectId).Distinct().ToList();
        var statuses = await db.Unscoped<Clue>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Status, ct);
        var now = time.GetUtcNow();
        foreach (var d in open) d.End(now, PeopleNames.System, Step(statuses[d.SubjectId]).ToString());
        // Another instance starting at the same moment may have ended them first: then there is nothing left to do.
        return await db.TrySaveAsync(ct) ? open.Count : 0;
    }

    /// <summary>The step that ends a clue's deadlines today, as <c>DeadlineEffects</c> notes it.</summary>
    private static DeadlineEvent Step(ClueStatus status) => status switch
    {
        ClueStatus.Rejected => DeadlineEvent.ClueRejected,
        ClueStatus.Duplicate => DeadlineEvent.ClueMerged,
        _ => DeadlineEvent.ClueClosed,
    };
}
