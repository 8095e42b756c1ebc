using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Domain.LiaisonTables;

public enum LiaisonTableStatus
{
    /// <summary>Submitted on or before the due date.</summary>
    OnTime,
    Late,

    /// <summary>Not submitted, not yet due.</summary>
    Pending,

    /// <summary>Not submitted and past due.</summary>
    Missing,
}

/// <summary>
/// 附件1 for one year: each member unit submits its liaison record. The due date is not kept here: each unit's duty
/// is a <see cref="Deadline"/> (rule <see cref="RuleCodes.LiaisonTable"/>, subject this round), and its status comes from it.
/// </summary>
public sealed class LiaisonTable : AggregateRoot, IScoped<LiaisonTable>
{
    public static Expression<Func<LiaisonTable, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<RoundSubmission> _submissions = [];

    private LiaisonTable() { }

    public LiaisonTable(Guid jurisdictionId, int year)
    {
        JurisdictionId = jurisdictionId;
        Year = year;
    }

    public Guid JurisdictionId { get; private set; }
    public int Year { get; private set; }

    /// <summary>When the office closed the round by hand (null: open, unless its year is over).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>Every version every unit submitted, oldest first per unit.</summary>
    public IReadOnlyList<RoundSubmission> Submissions => _submissions;

    /// <summary>
    /// A round is closed when the office closed it, or by itself once its year is over and its due date has passed
    /// (a round due early next year stays open until then). A closed round is read-only: no submission, import or
    /// new due date.
    /// </summary>
    public bool IsClosed(DateOnly today, DateOnly? dueOn) => ClosedAt is not null || YearOver(today, dueOn);

    /// <summary>The round's year (and its due date) are behind us: closed for good, the office cannot reopen it.</summary>
    public bool YearOver(DateOnly today, DateOnly? dueOn) => today > new DateOnly(Year, 12, 31) && (dueOn is null || today > dueOn);

    public IEnumerable<RoundSubmission> VersionsOf(Guid unitId) => _submissions.Where(s => s.UnitId == unitId).OrderBy(s => s.Number);

    public RoundSubmission? LatestOf(Guid unitId) => _submissions.Where(s => s.UnitId == unitId).MaxBy(s => s.Number);

    public RoundSubmission? FirstOf(Guid unitId) => _submissions.Where(s => s.UnitId == unitId).MinBy(s => s.Number);

    /// <summary>
    /// Keeps the unit's table as submitted. The same content again is the same submission (a double click, a repeated
    /// import); different content is a resubmission, the next version. The first version is the one that met the duty.
    /// </summary>
    public RoundSubmission Submit(Guid unitId, DateTimeOffset at, Submitter by, SubmissionChannel channel, LiaisonTableContent content)
    {
        if (ClosedAt is not null) throw new DomainException("LiaisonTable.Closed", Year);
        var latest = LatestOf(unitId);
        var json = content.ToJson();
        if (latest is not null && (latest.Content == json
                || (LiaisonTableContent.FromJson(latest.Content) is { } kept && kept.SameLiaisonsAs(content))))
            return latest;
        var submission = new RoundSubmission(Id, unitId, (latest?.Number ?? 0) + 1, at, by, channel, json);
        _submissions.Add(submission);
        return submission;
    }

    public void Close(DateTimeOffset at, string by)
    {
        if (ClosedAt is not null) return;
        (ClosedAt, ClosedBy) = (at, by);
    }

    /// <summary>Undoes a close made by mistake; a round whose year is over stays closed (the caller checks).</summary>
    public void Reopen() => (ClosedAt, ClosedBy) = (null, null);

    /// <summary>
    /// A unit's status is its deadline's: met by the end of the due day (China time) is on time, met after it late,
    /// open past it missing. No deadline (the unit joined after the date was set, or its duty ended): no status.
    /// </summary>
    public static LiaisonTableStatus? StatusOf(Deadline? duty, DateTimeOffset now) => duty switch
    {
        null or { EndedAt: not null } => null,
        { MetAt: { } met } => met < duty.DueAt ? LiaisonTableStatus.OnTime : LiaisonTableStatus.Late,
        _ => now >= duty.DueAt ? LiaisonTableStatus.Missing : LiaisonTableStatus.Pending,
    };
}
