using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Cases;

/// <summary>Where a transfer stands: each status waits for one next step (国务院令第310号).</summary>
public enum TransferStatus
{
    /// <summary>移送报告已提出，待负责人审批（3日）.</summary>
    Reported,

    /// <summary>负责人批准，待移送（24小时）.</summary>
    Approved,

    /// <summary>负责人不批准：不移送.</summary>
    NotApproved,

    /// <summary>已移送公安，待公安决定是否立案（3日）.</summary>
    HandedOver,

    /// <summary>公安立案，待移交涉案物品（3日）.</summary>
    PoliceAccepted,

    /// <summary>公安不予立案：可在3日内提请复议.</summary>
    PoliceRefused,

    /// <summary>已提请复议，待公安复议决定.</summary>
    Reconsidering,

    /// <summary>涉案物品已移交：移送完成.</summary>
    Completed,

    /// <summary>不予立案，不提请复议：移送结束.</summary>
    RefusalAccepted,
}

/// <summary>A recorded step of a transfer (the API's step names in kebab case: <c>police-decision</c>).</summary>
public enum TransferStepKind
{
    Report,
    Approve,
    Reject,
    HandOver,
    PoliceAccept,
    PoliceRefuse,
    Reconsider,
    AcceptRefusal,
    HandOverExhibits,
}

/// <summary>
/// 移送公安: a case that crossed a criminal threshold goes to the police, each step within its legal time limit (the
/// deadlines of the rule table), recorded with who, when and its documents. One per case; the steps are its history.
/// </summary>
public sealed class PoliceTransfer : AggregateRoot, IScoped<PoliceTransfer>
{
    /// <summary>A liaison follows the transfers of the cases their unit handles.</summary>
    public static Expression<Func<PoliceTransfer, bool>> SharedWith(Guid unitId) => t => t.HandlingUnitId == unitId;

    private static readonly Dictionary<TransferStepKind, (TransferStatus[] From, TransferStatus To)> Moves = new()
    {
        [TransferStepKind.Approve] = ([TransferStatus.Reported], TransferStatus.Approved),
        [TransferStepKind.Reject] = ([TransferStatus.Reported], TransferStatus.NotApproved),
        [TransferStepKind.HandOver] = ([TransferStatus.Approved], TransferStatus.HandedOver),
        [TransferStepKind.PoliceAccept] = ([TransferStatus.HandedOver, TransferStatus.Reconsidering], TransferStatus.PoliceAccepted),
        [TransferStepKind.PoliceRefuse] = ([TransferStatus.HandedOver, TransferStatus.Reconsidering], TransferStatus.PoliceRefused),
        [TransferStepKind.Reconsider] = ([TransferStatus.PoliceRefused], TransferStatus.Reconsidering),
        [TransferStepKind.AcceptRefusal] = ([TransferStatus.PoliceRefused], TransferStatus.RefusalAccepted),
        [TransferStepKind.HandOverExhibits] = ([TransferStatus.PoliceAccepted], TransferStatus.Completed),
    };

    private readonly List<PoliceTransferStep> _steps = [];

    private PoliceTransfer() { }

    public PoliceTransfer(Guid jurisdictionId, Guid caseId, Guid handlingUnitId, string? thresholdCode, string police, string note,
        DateTimeOffset at, string by)
    {
        (JurisdictionId, CaseId, HandlingUnitId, ThresholdCode, Police) = (jurisdictionId, caseId, handlingUnitId, thresholdCode, police);
        Status = TransferStatus.Reported;
        _steps.Add(new PoliceTransferStep(Id, 1, TransferStepKind.Report, at, by, note));
    }

    public Guid JurisdictionId { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid HandlingUnitId { get; private set; }

    /// <summary>The standard the case crossed when it was reported; null: the officers judged it one without a figure.</summary>
    public string? ThresholdCode { get; private set; }

    /// <summary>接收移送的公安机关.</summary>
    public string Police { get; private set; } = "";
    public TransferStatus Status { get; private set; }
    public IReadOnlyList<PoliceTransferStep> Steps => _steps;

    public bool IsOver => Status is TransferStatus.NotApproved or TransferStatus.Completed or TransferStatus.RefusalAccepted;

    /// <summary>The head approved the transfer (负责人批准): from then on the 涉嫌犯罪案件移送书 applies.</summary>
    public static bool IsApproved(TransferStatus? status) => status is not (null or TransferStatus.Reported or TransferStatus.NotApproved);

    /// <summary>The day the case was handed to the police, if it was.</summary>
    public DateTimeOffset? HandedOverAt => _steps.FirstOrDefault(s => s.Kind == TransferStepKind.HandOver)?.At;

    /// <summary>
    /// 提请复议 once: 国务院令第310号第九条 gives the transferring organ one request to the police who refused; against their
    /// 复议决定 it may only ask the procuratorate (建议人民检察院依法进行立案监督), which is not a step here.
    /// </summary>
    public bool Can(TransferStepKind step) => Moves.TryGetValue(step, out var m) && m.From.Contains(Status)
        && (step != TransferStepKind.Reconsider || _steps.All(s => s.Kind != TransferStepKind.Reconsider));

    /// <summary>Who reported it last: the head's approval or refusal is someone else's (separation of duties).</summary>
    public string ReportedBy => _steps.Last(s => s.Kind == TransferStepKind.Report).By;

    /// <summary>
    /// The head's 不批准 (第五条, its reason recorded) does not end what the case owes: a case that crossed a standard stays
    /// barred from a fine (第十一条), so its officers may report it again, with new evidence or reasons, to the head.
    /// </summary>
    public bool CanReportAgain => Status == TransferStatus.NotApproved;

    public PoliceTransferStep ReportAgain(string police, string note, DateTimeOffset at, string by)
    {
        if (!CanReportAgain) throw new DomainException("Transfer.AlreadyReported");
        (Police, Status) = (police, TransferStatus.Reported);
        var recorded = new PoliceTransferStep(Id, _steps.Count + 1, TransferStepKind.Report, at, by, note);
        _steps.Add(recorded);
        return recorded;
    }

    /// <summary>A police decision that answers the reconsideration: their 复议决定 (第九条), not the first 立案审查.</summary>
    public bool IsReview(PoliceTransferStep s) => s.Kind is TransferStepKind.PoliceAccept or TransferStepKind.PoliceRefuse
        && _steps.Any(x => x.Kind == TransferStepKind.Reconsider && x.Sequence < s.Sequence);

    /// <summary>When the last step happened: a later step cannot have happened before it.</summary>
    public DateTimeOffset LastAt => _steps.Max(s => s.At);

    public static IEnumerable<TransferStepKind> Next => Moves.Keys;

    public PoliceTransferStep Record(TransferStepKind step, string? note, DateTimeOffset at, string by)
    {
        if (!Can(step)) throw new DomainException("Transfer.IllegalStep");
        Status = Moves[step].To;
        var recorded = new PoliceTransferStep(Id, _steps.Count + 1, step, at, by, note);
        _steps.Add(recorded);
        return recorded;
    }
}

/// <summary>One step as recorded, with its documents (the transfer letter, the police's notice, the handover list).</summary>
public sealed class PoliceTransferStep : Entity
{
    public const int MaxFiles = 10;
    private readonly List<TransferDocument> _documents = [];

    private PoliceTransferStep() { }

    internal PoliceTransferStep(Guid transferId, int sequence, TransferStepKind kind, DateTimeOffset at, string by, string? note) =>
        (TransferId, Sequence, Kind, At, By, Note) =
            (transferId, sequence, kind, at, by, string.IsNullOrWhiteSpace(note) ? null : note.Trim());

    public Guid TransferId { get; private set; }
    public int Sequence { get; private set; }
    public TransferStepKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
    public IReadOnlyList<TransferDocument> Documents => _documents;

    public void Attach(string sha256, string contentType, long size, string fileName) =>
        _documents.Add(new TransferDocument(Id, sha256, contentType, size, fileName));
}

/// <summary>A file stored with a step: a photo (decoded and encoded anew) or a PDF, served only as a download.</summary>
public sealed class TransferDocument : Entity
{
    private TransferDocument() { }

    internal TransferDocument(Guid stepId, string sha256, string contentType, long size, string fileName) =>
        (StepId, Sha256, ContentType, Size, FileName) = (stepId, sha256, contentType, size, fileName);

    public Guid StepId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string FileName { get; private set; } = "";
}
