namespace Dajia.Web.Domain.Cases;

/// <summary>
/// One 行政处罚告知书 as served, kept: notice n of its case (1, 2, … in the order served), what it told the party, its own
/// 告字 number and what the party said to it. A new notice (a heavier penalty, 第四十五条) is a new record with a new number;
/// the earlier ones stay as they were served. The case's current notice is the latest.
/// </summary>
public sealed class PenaltyNoticeRecord : Entity
{
    private PenaltyNoticeRecord() { }

    internal PenaltyNoticeRecord(Guid caseId, int ordinal, CaseNotice n, DateTimeOffset at, string by)
    {
        (CaseId, Ordinal, ServedOn, Penalties, Fine, HearingRight, Text) = (caseId, ordinal, n.ServedOn, n.Penalties, n.Fine,
            n.HearingRight, n.Text.Trim());
        (IssuedAt, IssuedBy) = (at, by);
    }

    public Guid CaseId { get; private set; }

    /// <summary>n: the notice's place among the case's notices, from 1.</summary>
    public int Ordinal { get; private set; }

    /// <summary>告知书送达日期.</summary>
    public DateOnly ServedOn { get; private set; }

    /// <summary>拟作出的行政处罚.</summary>
    public Penalties Penalties { get; private set; }

    /// <summary>拟罚款, yuan.</summary>
    public decimal? Fine { get; private set; }

    /// <summary>Whether the party was told of a right to a hearing (听证, 行政处罚法第六十三条).</summary>
    public bool HearingRight { get; private set; }

    /// <summary>理由及依据 as told.</summary>
    public string Text { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";

    /// <summary>The handling unit whose 告字 run the number is from; null until numbered.</summary>
    public Guid? UnitId { get; private set; }
    public int? Year { get; private set; }
    public int? Sequence { get; private set; }

    /// <summary>中市监大涌告字〔2026〕2号; null until numbered (printed as a blank to fill in by hand).</summary>
    public string? Number { get; private set; }

    /// <summary>What the party did with this notice; null while nothing was received.</summary>
    public CaseStatementKind? StatementKind { get; private set; }
    public DateOnly? StatementReceivedOn { get; private set; }
    public string? StatementText { get; private set; }

    /// <summary>采纳 (true) or 不采纳 (false) of a statement; null for a waiver.</summary>
    public bool? StatementAdopted { get; private set; }

    /// <summary>Why a statement was not adopted (or how it was).</summary>
    public string? StatementReason { get; private set; }

    /// <summary>Whether the party asked for a hearing (听证) with their statement.</summary>
    public bool HearingRequested { get; private set; }

    /// <summary>Takes the unit's next 告字 number of the year (<c>Data/Counters.cs</c>); a notice keeps its first.</summary>
    public void NumberAs(Guid unitId, string prefix, int year, int sequence)
    {
        if (Number is not null) return;
        (UnitId, Year, Sequence) = (unitId, year, sequence);
        Number = DocumentNumbers.Format(prefix, CaseDocumentKind.PenaltyNotice, year, sequence);
    }

    internal void Answer(CaseStatement s) =>
        (StatementKind, StatementReceivedOn, StatementText, StatementAdopted, StatementReason, HearingRequested) = (s.Kind,
            s.ReceivedOn, s.Text?.Trim() is { Length: > 0 } t ? t : null, s.Kind == CaseStatementKind.Waived ? null : s.Adopted,
            s.Reason?.Trim() is { Length: > 0 } r ? r : null, s.Kind == CaseStatementKind.Statement && s.HearingRequested);
}
