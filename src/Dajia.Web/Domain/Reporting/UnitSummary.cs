using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Domain.Reporting;

/// <summary>
/// 年度工作总结: a unit's written summary of a year, kept with its annual report — text with simple markup (headings,
/// paragraphs, lists) and/or an uploaded .docx or .pdf. Each submission is kept as it was sent (<see cref="UnitSummaryVersion"/>).
/// </summary>
public sealed class UnitSummary : AggregateRoot, IScoped<UnitSummary>
{
    public const int MaxText = 20_000;

    public static Expression<Func<UnitSummary, bool>> SharedWith(Guid unitId) => s => s.UnitId == unitId;

    private readonly List<UnitSummaryVersion> _versions = [];

    private UnitSummary() { }

    public UnitSummary(Guid jurisdictionId, Guid unitId, int year) => (JurisdictionId, UnitId, Year) = (jurisdictionId, unitId, year);

    public Guid JurisdictionId { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public string Text { get; private set; } = "";
    public string? FileSha256 { get; private set; }
    public string? FileContentType { get; private set; }
    public string? FileName { get; private set; }
    public long? FileSize { get; private set; }
    public DateTimeOffset? FirstSubmittedAt { get; private set; }

    /// <summary>The draft differs from what was last submitted (or nothing was submitted yet).</summary>
    public bool Pending { get; private set; } = true;

    public IReadOnlyList<UnitSummaryVersion> Versions => _versions;

    public void SaveText(string text) => (Text, Pending) = (text, true);

    public void Attach(StoredScan file) =>
        (FileSha256, FileContentType, FileSize, FileName, Pending) = (file.Sha256, file.ContentType, file.Size, file.FileName, true);

    public UnitSummaryVersion Submit(DateTimeOffset at, Submitter by)
    {
        if (Text.Trim().Length == 0 && FileSha256 is null) throw new DomainException("Summary.Empty");
        var file = FileSha256 is null ? null : new StoredScan(FileSha256, FileContentType!, FileSize ?? 0, FileName!);
        var v = new UnitSummaryVersion(Id, _versions.Count + 1, Text, file, at, by);
        _versions.Add(v);
        FirstSubmittedAt ??= at;
        Pending = false;
        return v;
    }
}

/// <summary>A summary as it was submitted: unchanged whatever happens to the draft later.</summary>
public sealed class UnitSummaryVersion : Entity
{
    private UnitSummaryVersion() { }

    internal UnitSummaryVersion(Guid summaryId, int number, string text, StoredScan? file, DateTimeOffset at, Submitter by)
    {
        (SummaryId, Number, Text, SubmittedAt) = (summaryId, number, text, at);
        (FileSha256, FileContentType, FileSize, FileName) = (file?.Sha256, file?.ContentType, file?.Size, file?.FileName);
        (SubmittedByAccount, SubmittedByName) = (by.Account, by.Name);
    }

    public Guid SummaryId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public string? FileSha256 { get; private set; }
    public string? FileContentType { get; private set; }
    public string? FileName { get; private set; }
    public long? FileSize { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string SubmittedByAccount { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
}

/// <summary>
/// 镇年度打假工作总结: the office's summary of a year, drafted by the app from the year's records and edited by the office.
/// Every save keeps the text saved as a revision.
/// </summary>
public sealed class TownSummary : AggregateRoot, IScoped<TownSummary>
{
    public const int MaxText = 50_000;

    /// <summary>The office's own document: no member unit's share.</summary>
    public static Expression<Func<TownSummary, bool>> SharedWith(Guid unitId) => _ => false;

    private readonly List<TownSummaryRevision> _revisions = [];

    private TownSummary() { }

    public TownSummary(Guid jurisdictionId, int year) => (JurisdictionId, Year) = (jurisdictionId, year);

    public Guid JurisdictionId { get; private set; }
    public int Year { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset? SavedAt { get; private set; }
    public string? SavedBy { get; private set; }
    public IReadOnlyList<TownSummaryRevision> Revisions => _revisions;

    public void Save(string text, DateTimeOffset at, string by)
    {
        (Text, SavedAt, SavedBy) = (text, at, by);
        _revisions.Add(new TownSummaryRevision(Id, _revisions.Count + 1, text, at, by));
    }
}

public sealed class TownSummaryRevision : Entity
{
    private TownSummaryRevision() { }

    internal TownSummaryRevision(Guid summaryId, int number, string text, DateTimeOffset at, string by) =>
        (SummaryId, Number, Text, SavedAt, SavedBy) = (summaryId, number, text, at, by);

    public Guid SummaryId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }
    public string SavedBy { get; private set; } = "";
}
