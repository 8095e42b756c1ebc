using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Domain.LiaisonTables;

/// <summary>
/// 附件1 for one year: each member unit submits its liaison record. The due date is not kept here: each unit's duty
/// is a <see cref="Deadline"/> (rule <see cref="RuleCodes.LiaisonTable"/>, subject this round), and its status comes from it
/// (<see cref="RoundTimeliness"/>). Open, closed and the closed guard are the shared <see cref="Round"/>'s.
/// </summary>
public sealed class LiaisonTable : Round, IScoped<LiaisonTable>
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

    /// <summary>Every version every unit submitted, oldest first per unit.</summary>
    public IReadOnlyList<RoundSubmission> Submissions => _submissions;

    /// <summary>
    /// Besides the office closing it, a round closes by itself once its year is over and its due date has passed
    /// (a round due early next year stays open until then). A closed round is read-only: no submission, import or
    /// new due date.
    /// </summary>
    protected override bool ClosesItself(DateOnly today, DateOnly? dueOn) => YearOver(today, dueOn);

    protected override RoundRefusal ClosedRefusal => new("LiaisonTable.Closed", Year);

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
        EnsureNotClosedByOffice();
        var latest = LatestOf(unitId);
        var json = content.ToJson();
        if (latest is not null && (latest.Content == json
                || (LiaisonTableContent.FromJson(latest.Content) is { } kept && kept.SameLiaisonsAs(content))))
            return latest;
        var submission = new RoundSubmission(Id, unitId, (latest?.Number ?? 0) + 1, at, by, channel, json);
        _submissions.Add(submission);
        return submission;
    }
}
