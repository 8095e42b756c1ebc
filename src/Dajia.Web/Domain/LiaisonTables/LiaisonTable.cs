using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Calendar;

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

public enum SubmissionChannel
{
    /// <summary>The unit's liaison confirmed it in the system.</summary>
    Online,

    /// <summary>The office recorded it for the unit (e.g. a stamped copy arrived by fax).</summary>
    OnBehalf,

    /// <summary>The office imported a filled 附件1 workbook.</summary>
    Import,
}

/// <summary>
/// 附件1 for one year: each member unit submits its liaison record. The due date is not kept here: each unit's duty
/// is a <see cref="Deadline"/> (rule <see cref="RuleCodes.LiaisonTable"/>, subject this round), and its status comes from it.
/// </summary>
public sealed class LiaisonTable : AggregateRoot, IScoped<LiaisonTable>
{
    public static Expression<Func<LiaisonTable, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<LiaisonTableSubmission> _submissions = [];

    private LiaisonTable() { }

    public LiaisonTable(Guid jurisdictionId, int year)
    {
        JurisdictionId = jurisdictionId;
        Year = year;
    }

    public Guid JurisdictionId { get; private set; }
    public int Year { get; private set; }
    public IReadOnlyList<LiaisonTableSubmission> Submissions => _submissions;

    /// <summary>Records the unit's submission; a unit submits once a year, so a repeat keeps the first time.</summary>
    public LiaisonTableSubmission Submit(Guid unitId, DateTimeOffset at, string by, SubmissionChannel channel)
    {
        var existing = _submissions.FirstOrDefault(s => s.UnitId == unitId);
        if (existing is not null) return existing;
        var submission = new LiaisonTableSubmission(Id, unitId, at, by, channel);
        _submissions.Add(submission);
        return submission;
    }

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

public sealed class LiaisonTableSubmission : Entity
{
    private LiaisonTableSubmission() { }

    internal LiaisonTableSubmission(Guid tableId, Guid unitId, DateTimeOffset at, string by, SubmissionChannel channel)
    {
        LiaisonTableId = tableId;
        UnitId = unitId;
        SubmittedAt = at;
        SubmittedBy = by;
        Channel = channel;
    }

    public Guid LiaisonTableId { get; private set; }
    public Guid UnitId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public SubmissionChannel Channel { get; private set; }
}
