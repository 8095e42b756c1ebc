using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Features.Cases.Documents;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// What a print view is filled from: the case as its page shows it (party masked), the authority, the number, the
/// documents numbered so far and those that apply to the case now (a decision only once decided). <paramref name="AwaitsNumber"/>:
/// a form that takes a number has none yet (the page says how to number it). <paramref name="Notice"/>: the 告知书 printed
/// (notice n, the latest unless asked for an earlier one).
/// </summary>
public sealed record CasePrint(
    CaseDto Case, string Authority, string? Number, PrintParty Party, IReadOnlyList<Exhibit> Exhibits, PrintInspection? Inspection,
    IReadOnlyDictionary<CaseDocumentKind, CaseDocumentDto> Documents, IReadOnlyList<CaseDocumentKind> Applicable,
    string? TransferredTo = null, bool AwaitsNumber = false, PrintTransfer? Transfer = null, NoticeRecordDto? Notice = null)
{
    /// <summary>Closed without a decision: the case went to the police (移送司法机关 is its outcome).</summary>
    public bool Transferred => Case.Status == CaseStatus.Closed && Case.DecidedOn is null;

    public IEnumerable<Penalties> PenaltyList =>
        Enum.GetValues<Penalties>().Where(p => p != Penalties.None && Case.Penalties.HasFlag(p));

    /// <summary>办理记录: the case's moves and its transfer's steps.</summary>
    public IReadOnlyList<CaseHistoryLine> History => CaseHistory.Of(Case.Events, Transfer?.Steps);

    /// <summary>办案时限: the case's clocks, then its transfer's.</summary>
    public IReadOnlyList<CaseClockDto> Clocks => [.. Case.Clocks, .. Transfer?.Clocks ?? []];
}

/// <summary>当事人 as printed: an entity with its credit code and address, or a natural person, masked as everywhere.</summary>
public sealed record PrintParty(PartyKind Kind, string Name, string? CreditCode, string? Address, string? IdNumber, string? Operator);

/// <summary>The inspection (检查记录) whose finding opened the case, for the 现场笔录.</summary>
public sealed record PrintInspection(
    string OperationNumber, string OperationTitle, DateTimeOffset At, string? Place, string Entity, IReadOnlyList<string> Officers,
    InspectionResult Result, string? Notes, string? Findings, string RecordedBy);

/// <summary>
/// The transfer as the 涉嫌犯罪案件移送书 states it: the police it goes to, the standard the case crossed (null: judged
/// without a figure), the report, the hand-over and the file names of the documents its steps carry.
/// </summary>
public sealed record PrintTransfer(
    string Police, TransferThreshold? Standard, DateTimeOffset ReportedAt, string? ReportNote, DateTimeOffset? HandedOverAt,
    IReadOnlyList<string> Files)
{
    public IReadOnlyList<Transfer.TransferStepDto> Steps { get; init; } = [];
    public IReadOnlyList<CaseClockDto> Clocks { get; init; } = [];
}
