using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Domain.Reporting;

public enum ReportState
{
    Draft,

    /// <summary>Sent to the office, waiting for its review; the liaison cannot change it meanwhile.</summary>
    Submitted,

    /// <summary>The office sent it back with a reason; the liaison fixes it and submits again.</summary>
    Returned,

    Accepted,
}

/// <summary>
/// One unit's report for one round: the draft it is working on, and every submission kept as submitted (who, when,
/// the figures and what the system had prefilled then). The first submission is the one that met the duty.
/// </summary>
public sealed class ReportSubmission : AggregateRoot, IScoped<ReportSubmission>
{
    public static Expression<Func<ReportSubmission, bool>> SharedWith(Guid unitId) => s => s.UnitId == unitId;

    private readonly List<ReportSnapshot> _snapshots = [];

    private ReportSubmission() { }

    public ReportSubmission(Guid jurisdictionId, Guid roundId, Guid unitId, ReportValues values)
    {
        (JurisdictionId, RoundId, UnitId, Values) = (jurisdictionId, roundId, unitId, values.ToJson());
    }

    public Guid JurisdictionId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid UnitId { get; private set; }
    public ReportState State { get; private set; }

    /// <summary>The figures now (the draft, or what was last submitted).</summary>
    public string Values { get; private set; } = "";

    public DateTimeOffset? FirstSubmittedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReturnReason { get; private set; }

    /// <summary>The office let this unit file after the due date, up to the end of this day (China time).</summary>
    public DateOnly? LateUntil { get; private set; }

    public string? LateGrantedBy { get; private set; }
    public IReadOnlyList<ReportSnapshot> Snapshots => _snapshots;

    public ReportValues Current => ReportValues.FromJson(Values);

    public bool Editable => State is ReportState.Draft or ReportState.Returned;

    public void SaveDraft(ReportValues values)
    {
        if (!Editable) throw new DomainException("Report.NotEditable." + State);
        Values = values.ToJson();
    }

    public ReportSnapshot Submit(DateTimeOffset at, Submitter by, SubmissionChannel channel, ReportValues prefilled)
    {
        if (!Editable) throw new DomainException("Report.NotEditable." + State);
        var snapshot = new ReportSnapshot(Id, _snapshots.Count + 1, at, by, channel, Values, prefilled.ToJson());
        _snapshots.Add(snapshot);
        FirstSubmittedAt ??= at;
        (State, ReturnReason) = (ReportState.Submitted, null);
        return snapshot;
    }

    public void Return(string reason, DateTimeOffset at, string by)
    {
        if (State != ReportState.Submitted) throw new DomainException("Report.NotSubmitted");
        (State, ReturnReason, ReviewedAt, ReviewedBy) = (ReportState.Returned, reason, at, by);
    }

    public void Accept(DateTimeOffset at, string by)
    {
        if (State != ReportState.Submitted) throw new DomainException("Report.NotSubmitted");
        (State, ReviewedAt, ReviewedBy) = (ReportState.Accepted, at, by);
    }

    public void AllowLate(DateOnly until, string by) => (LateUntil, LateGrantedBy) = (until, by);
}

/// <summary>
/// A submission as it was sent (<see cref="RoundSnapshot"/>, the shape every round keeps; its content is the figures):
/// kept unchanged, whatever happens to the draft or the unit's records later.
/// </summary>
public sealed class ReportSnapshot : RoundSnapshot
{
    private ReportSnapshot() { }

    internal ReportSnapshot(Guid submissionId, int number, DateTimeOffset at, Submitter by, SubmissionChannel channel, string values,
        string prefilled) : base(number, at, by, channel, values)
    {
        (SubmissionId, Prefilled) = (submissionId, prefilled);
    }

    public Guid SubmissionId { get; private set; }

    /// <summary>The figures as submitted (the content; stored in the column "Values").</summary>
    public string Values => Content ?? "";

    /// <summary>What the system had prefilled when it was sent, so an edited figure stays visible as edited.</summary>
    public string Prefilled { get; private set; } = "";
}
