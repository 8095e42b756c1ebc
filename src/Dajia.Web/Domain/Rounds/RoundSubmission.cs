namespace Dajia.Web.Domain.Rounds;

public enum SubmissionChannel
{
    /// <summary>The unit's liaison confirmed it in the system.</summary>
    Online,

    /// <summary>The office recorded it for the unit (e.g. a stamped copy arrived by fax).</summary>
    OnBehalf,

    /// <summary>The office imported a filled workbook.</summary>
    Import,
}

/// <summary>Who submitted, kept by value: a later rename or a removed account does not rewrite what was filed.</summary>
public sealed record Submitter(Guid? UserId, string Account, string Name)
{
    /// <summary>As other history rows sign: "王小明 (office.staff)".</summary>
    public string Signature => Name.Length == 0 || Name == Account ? Account : $"{Name} ({Account})";
}

/// <summary>
/// One unit's submission to one round of a periodic duty (附件1 today, the quarterly 报表 later), kept as submitted:
/// who, when, how, and the content as it was then. A change after it is a new version (<see cref="Number"/> 2, 3 …);
/// the first one is what met the round's deadline.
/// </summary>
public sealed class RoundSubmission : Entity
{
    private RoundSubmission() { }

    internal RoundSubmission(Guid roundId, Guid unitId, int number, DateTimeOffset at, Submitter by, SubmissionChannel channel,
        string content)
    {
        RoundId = roundId;
        UnitId = unitId;
        Number = number;
        SubmittedAt = at;
        SubmittedById = by.UserId;
        SubmittedByAccount = by.Account;
        SubmittedByName = by.Name;
        Channel = channel;
        Content = content;
    }

    public Guid RoundId { get; private set; }
    public Guid UnitId { get; private set; }

    /// <summary>The version: 1 for the first submission, one more for each resubmission.</summary>
    public int Number { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public string SubmittedByAccount { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
    public SubmissionChannel Channel { get; private set; }

    /// <summary>
    /// The content as submitted (JSON, the round's own shape). Null only for submissions recorded before contents were
    /// kept; those are read back from the unit's history as of <see cref="SubmittedAt"/>.
    /// </summary>
    public string? Content { get; private set; }

    public Submitter By => new(SubmittedById, SubmittedByAccount, SubmittedByName);
}
