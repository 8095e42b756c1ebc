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

    /// <summary>A unit's own liaison files online; anyone else (the office) files on the unit's behalf.</summary>
    public static SubmissionChannel ChannelFor(bool ownUnitsLiaison) =>
        ownUnitsLiaison ? SubmissionChannel.Online : SubmissionChannel.OnBehalf;
}

/// <summary>
/// What every periodic duty keeps of a unit's submission, as submitted: the version number (1 met the duty, later ones
/// are resubmissions), when, who, how, and the content as it was then (JSON in the round's own shape). 附件1's
/// <see cref="RoundSubmission"/> and a report's <see cref="Reporting.ReportSnapshot"/> are this shape; each kind adds only
/// what ties it to its round.
/// </summary>
public abstract class RoundSnapshot : Entity
{
    protected RoundSnapshot() { }

    protected RoundSnapshot(int number, DateTimeOffset at, Submitter by, SubmissionChannel channel, string? content)
    {
        (Number, SubmittedAt, Channel, Content) = (number, at, channel, content);
        (SubmittedById, SubmittedByAccount, SubmittedByName) = (by.UserId, by.Account, by.Name);
    }

    /// <summary>The version: 1 for the first submission, one more for each resubmission.</summary>
    public int Number { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public string SubmittedByAccount { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
    public SubmissionChannel Channel { get; private set; }

    /// <summary>The content as submitted. 附件1 rows from before contents were kept have none (see RoundSubmission).</summary>
    public string? Content { get; private set; }

    public Submitter By => new(SubmittedById, SubmittedByAccount, SubmittedByName);
}
