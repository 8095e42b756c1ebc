using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

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

/// <summary>附件1 for one year: the office sets the due date, each member unit submits its liaison record.</summary>
public sealed class LiaisonTable : AggregateRoot, IScoped<LiaisonTable>
{
    public static Expression<Func<LiaisonTable, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<LiaisonTableSubmission> _submissions = [];

    private LiaisonTable() { }

    public LiaisonTable(Guid jurisdictionId, int year, DateOnly dueOn)
    {
        JurisdictionId = jurisdictionId;
        Year = year;
        DueOn = dueOn;
    }

    public Guid JurisdictionId { get; private set; }
    public int Year { get; private set; }
    public DateOnly DueOn { get; private set; }
    public IReadOnlyList<LiaisonTableSubmission> Submissions => _submissions;

    public void SetDueOn(DateOnly dueOn) => DueOn = dueOn;

    /// <summary>Records the unit's submission; a unit submits once a year, so a repeat keeps the first time.</summary>
    public LiaisonTableSubmission Submit(Guid unitId, DateTimeOffset at, string by, SubmissionChannel channel)
    {
        var existing = _submissions.FirstOrDefault(s => s.UnitId == unitId);
        if (existing is not null) return existing;
        var submission = new LiaisonTableSubmission(Id, unitId, at, by, channel);
        _submissions.Add(submission);
        return submission;
    }

    public static LiaisonTableStatus StatusOf(DateOnly dueOn, DateTimeOffset? submittedAt, DateOnly today) =>
        submittedAt is { } at
            ? ChinaTime.DateOf(at) <= dueOn ? LiaisonTableStatus.OnTime : LiaisonTableStatus.Late
            : today > dueOn ? LiaisonTableStatus.Missing : LiaisonTableStatus.Pending;
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
