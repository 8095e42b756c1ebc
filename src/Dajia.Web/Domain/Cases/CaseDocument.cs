namespace Dajia.Web.Domain.Cases;

/// <summary>The documents of a case people print and sign (issue #13 item 7), each numbered per unit, kind and year.</summary>
public enum CaseDocumentKind
{
    /// <summary>立案审批表.</summary>
    CaseApproval,

    /// <summary>现场笔录.</summary>
    SiteRecord,

    /// <summary>涉案物品清单.</summary>
    ExhibitList,

    /// <summary>行政处罚决定书.</summary>
    PenaltyDecision,

    /// <summary>结案审批表.</summary>
    ClosingApproval,

    /// <summary>行政处罚告知书.</summary>
    PenaltyNotice,
    /// <summary>涉嫌犯罪案件移送书 (国务院令第310号第六条), once the head approved the transfer.</summary>
    TransferLetter,
}

/// <summary>
/// A document's number, taken once and kept: 中市监大涌处字〔2017〕12号 is the unit's prefix, the kind's word, the year and
/// the unit's next number of that kind in that year (<c>Data/Counters.cs</c>: a number lost to a failed save is skipped).
/// </summary>
public sealed class CaseDocument : Entity
{
    private CaseDocument() { }

    public CaseDocument(Guid caseId, CaseDocumentKind kind, Guid unitId, int year, int sequence, string prefix, DateTimeOffset at,
        string by)
    {
        (CaseId, Kind, UnitId, Year, Sequence, IssuedAt, IssuedBy) = (caseId, kind, unitId, year, sequence, at, by);
        Number = DocumentNumbers.Format(prefix, kind, year, sequence);
    }

    public Guid CaseId { get; private set; }
    public CaseDocumentKind Kind { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public string Number { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";
}

public static class DocumentNumbers
{
    public const int PrefixLength = 20;

    /// <summary>The kinds in the order a case makes them (卷内目录, the 文书 table): not the enum's, which grew by additions.</summary>
    private static readonly CaseDocumentKind[] Ordered =
    [
        CaseDocumentKind.CaseApproval, CaseDocumentKind.SiteRecord, CaseDocumentKind.ExhibitList, CaseDocumentKind.PenaltyNotice,
        CaseDocumentKind.PenaltyDecision, CaseDocumentKind.TransferLetter, CaseDocumentKind.ClosingApproval,
    ];

    public static IReadOnlyList<CaseDocumentKind> InCaseOrder => Ordered;

    public static int Order(CaseDocumentKind kind) => Array.IndexOf(Ordered, kind) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>The word after the prefix: 处字 is the usage for 行政处罚决定书; the others follow it.</summary>
    public static string Word(CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.CaseApproval => "立字",
        CaseDocumentKind.SiteRecord => "笔字",
        CaseDocumentKind.ExhibitList => "物字",
        CaseDocumentKind.PenaltyDecision => "处字",
        CaseDocumentKind.PenaltyNotice => "告字",
        CaseDocumentKind.TransferLetter => "移字",
        _ => "结字",
    };

    public static string Format(string prefix, CaseDocumentKind kind, int year, int sequence) =>
        $"{prefix}{Word(kind)}〔{year}〕{sequence}号";

    public static string CounterKey(CaseDocumentKind kind, Guid unitId, int year) => $"DOC:{kind}:{unitId:N}:{year}";

    /// <summary>A prefix prints inside an official number: Chinese or Latin letters and digits, no spaces or brackets.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length is >= 1 and <= PrefixLength && prefix.All(c => char.IsLetterOrDigit(c) && c is not ('〔' or '〕'));
}
