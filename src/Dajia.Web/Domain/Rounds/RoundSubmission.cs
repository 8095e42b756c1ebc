namespace Dajia.Web.Domain.Rounds;

/// <summary>
/// One unit's submission to one 附件1 round, kept as submitted (<see cref="RoundSnapshot"/>). Its
/// <see cref="RoundSnapshot.Content"/> is null only for submissions recorded before contents were kept; those are read
/// back from the unit's history as of <see cref="RoundSnapshot.SubmittedAt"/>.
/// </summary>
public sealed class RoundSubmission : RoundSnapshot
{
    private RoundSubmission() { }

    internal RoundSubmission(Guid roundId, Guid unitId, int number, DateTimeOffset at, Submitter by, SubmissionChannel channel,
        string content) : base(number, at, by, channel, content)
    {
        RoundId = roundId;
        UnitId = unitId;
    }

    public Guid RoundId { get; private set; }
    public Guid UnitId { get; private set; }
}
