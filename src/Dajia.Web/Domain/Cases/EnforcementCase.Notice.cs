namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 行政处罚告知 and 陈述、申辩 (《行政处罚法》2021 第四十四条、第四十五条、第六十二条; 1996 第三十一条、第三十二条、第四十一条):
/// before a decision the party is told the intended penalty, its facts, reasons and basis and their rights, and is heard.
/// A decision is made only after the notice, once the party spoke (or waived) or their period ran out, and never heavier
/// than what they were told: a heavier one needs a new notice, which starts the period again.
/// </summary>
public sealed partial class EnforcementCase
{
    private readonly List<PenaltyNoticeRecord> _notices = [];

    /// <summary>Every 告知书 served on the party, in order; each kept as served.</summary>
    public IReadOnlyList<PenaltyNoticeRecord> Notices => _notices;

    /// <summary>The current notice: the latest served; null until the party was told.</summary>
    public PenaltyNoticeRecord? Notice => _notices.Count == 0 ? null : _notices.MaxBy(n => n.Ordinal);

    /// <summary>The current notice's day served.</summary>
    public DateOnly? NoticeServedOn => Notice?.ServedOn;

    public bool NoticeHearingRight => Notice?.HearingRight ?? false;

    /// <summary>What the party did with the current notice; null while nothing was received.</summary>
    public CaseStatementKind? StatementKind => Notice?.StatementKind;

    public bool Notified => Notice is not null;

    /// <summary>The notice, served on <paramref name="n"/>'s day: notice n+1, kept beside the earlier ones, answered anew.</summary>
    public PenaltyNoticeRecord Notify(CaseNotice n, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Notify);
        if (n.ServedOn < OpenedOn) throw new DomainException("Case.NoticeBeforeOpening");
        if (n.ServedOn < NoticeServedOn) throw new DomainException("Case.NoticeBeforeLast");
        var notice = new PenaltyNoticeRecord(Id, _notices.Count + 1, n, at, by);
        _notices.Add(notice);
        Record(CaseEventKind.Notified, at, by, $"{n.ServedOn:yyyy-MM-dd} {notice.Text}");
        return notice;
    }

    /// <summary>陈述、申辩 (or its waiver, 放弃) as received, to the current notice; once per notice.</summary>
    public void RecordStatement(CaseStatement s, DateTimeOffset at, string by)
    {
        if (!CanMove(CaseMove.Statement)) throw Illegal(CaseMove.Statement);
        if (s.ReceivedOn < NoticeServedOn) throw new DomainException("Case.StatementBeforeNotice");
        Notice!.Answer(s);
        Record(CaseEventKind.StatementRecorded, at, by,
            $"{s.ReceivedOn:yyyy-MM-dd} {Notice.StatementText ?? Notice.StatementReason}".Trim());
    }

    /// <summary>
    /// Whether the party was heard as 第六十二条 requires before <paramref name="d"/>: told, and either their answer is in
    /// or <paramref name="periodOver"/>; and <paramref name="d"/> no heavier than told (第四十五条). Throws the refusal.
    /// </summary>
    /// <summary>Told of a hearing, the party spoke without asking for one and did not waive it: they may still ask.</summary>
    public bool HearingStillOpen =>
        Notice is { HearingRight: true, StatementKind: CaseStatementKind.Statement, HearingRequested: false };

    public void EnsureHeard(CaseDecision d, bool periodOver)
    {
        if (Notice is not { } n) throw new DomainException("Case.NotNotified");
        if (n.StatementKind is null && !periodOver) throw new DomainException("Case.StatementPending");
        // A party told of a hearing may ask for one until the period ends (第六十四条): a statement without that request
        // does not end their right; a waiver (放弃陈述、申辩和听证) does, and a request pauses the case for the hearing.
        if (HearingStillOpen && !periodOver) throw new DomainException("Case.HearingPeriodOpen");
        var added = d.Penalties & ~n.Penalties & ~Penalties.Warning;
        if (added != 0 || (d.Fine ?? 0) > (n.Fine ?? 0)) throw new DomainException("Case.HeavierThanNotice");
    }

    /// <summary>
    /// Whether the law gives the party a hearing on these penalties (《行政处罚法》2021 第六十三条: 较大数额罚款, 没收较大数额违法所得、
    /// 没收较大价值非法财物, 责令停产停业, 吊销许可证件). 较大数额 as 《市场监督管理行政处罚听证办法》第五条 sets it (where the
    /// province sets none): 10,000 yuan for a natural person, 100,000 for an organisation (a register entity here), for the
    /// fine and for what is confiscated (the case's 货值 when the goods are).
    /// </summary>
    public bool HearingRightFor(Penalties p, decimal? fine)
    {
        var large = PartyKind == PartyKind.Individual ? 10_000m : 100_000m;
        var confiscated = (p & Penalties.ConfiscateGoods) != 0 ? GoodsValue : 0;
        return (p & (Penalties.Suspension | Penalties.LicenceRevocation)) != 0 || (fine ?? 0) >= large || confiscated >= large;
    }
}

/// <summary>行政处罚告知 as told: the day served, the intended penalties and fine, the hearing right, and what was told.</summary>
public sealed record CaseNotice(DateOnly ServedOn, Penalties Penalties, decimal? Fine, bool HearingRight, string Text);

/// <summary>陈述申辩 received on a day: a statement (adopted or not, with the reason) or a waiver.</summary>
/// <param name="HearingRequested">The party asked for a hearing with their statement (第六十四条); a waiver waives it too.</param>
public sealed record CaseStatement(
    CaseStatementKind Kind, DateOnly ReceivedOn, string? Text, bool? Adopted, string? Reason, bool HearingRequested = false);
