using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>
/// Whether a 附件1 round still takes changes. Closed: the office closed it, or its year and due date are behind us
/// (<see cref="Round.IsClosedOn"/>). Every way of changing a round — submitting, resubmitting, importing with
/// "mark as submitted", moving its due date, the plan's date — asks the shared guard here first (409 when closed).
/// </summary>
public sealed class LiaisonRounds(AppDbContext db, TimeProvider time)
{
    public DateOnly Today => ChinaTime.Today(time);

    /// <summary>The round's due date: its units' open duties (the round was found in scope, so are they).</summary>
    public async Task<DateOnly?> DueOnAsync(Guid roundId, CancellationToken ct = default) =>
        await db.Unscoped<Deadline>()
            .Where(d => d.SubjectType == DeadlineSubjects.LiaisonTable && d.SubjectId == roundId && d.EndedAt == null)
            .MaxAsync(d => d.FixedDueOn, ct);

    public async Task<bool> IsClosedAsync(LiaisonTable round, CancellationToken ct = default) =>
        await RefusalAsync(round, ct) is not null;

    /// <summary>The shared guard (<see cref="Round.Refusal"/>) with this round's due date from its units' duties.</summary>
    public async Task<RoundRefusal?> RefusalAsync(LiaisonTable round, CancellationToken ct = default) =>
        round.Refusal(Today, await DueOnAsync(round.Id, ct));

    /// <summary>The jurisdiction's round for the year is closed (no round yet: open, it can still be opened).</summary>
    public async Task<bool> IsClosedAsync(Guid jurisdictionId, int year, CancellationToken ct = default)
    {
        var round = await db.Unscoped<LiaisonTable>().FirstOrDefaultAsync(t => t.JurisdictionId == jurisdictionId && t.Year == year, ct);
        return round is not null ? await IsClosedAsync(round, ct) : Today > new DateOnly(year, 12, 31);
    }
}
