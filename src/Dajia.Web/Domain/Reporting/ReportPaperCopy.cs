namespace Dajia.Web.Domain.Reporting;

/// <summary>
/// 纸质盖章件: the stamped copy of a submitted report, sent by fax or delivered on a day, and its scan (a PDF as sent, or a
/// photo encoded anew). A replacement is a new row with the next number; the older ones stay as history.
/// </summary>
public sealed class ReportPaperCopy : Entity
{
    private ReportPaperCopy() { }

    public ReportPaperCopy(Guid submissionId, int number, DateOnly sentOn, StoredScan scan, DateTimeOffset addedAt, string addedBy)
    {
        (SubmissionId, Number, SentOn, AddedAt, AddedBy) = (submissionId, number, sentOn, addedAt, addedBy);
        (Sha256, ContentType, Size, FileName) = (scan.Sha256, scan.ContentType, scan.Size, scan.FileName);
    }

    public Guid SubmissionId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The day the stamped copy was faxed or delivered to the office.</summary>
    public DateOnly SentOn { get; private set; }

    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
    public string AddedBy { get; private set; } = "";
}

/// <summary>A file already checked and stored, with the (cleaned) name it is offered under.</summary>
public sealed record StoredScan(string Sha256, string ContentType, long Size, string FileName);
