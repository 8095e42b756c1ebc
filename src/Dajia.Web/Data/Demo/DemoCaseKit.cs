using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Cases;
using Dajia.Web.Features.Cases.Transfer;
using Dajia.Web.Features.Clues;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Data.Demo;

/// <summary>What the officers typed when they opened a demo case.</summary>
public sealed record DemoCaseText(
    string Title, ViolationType Type, string Facts, string LegalBasis, decimal CaseValue, decimal GoodsValue, int Dens = 0);

/// <summary>
/// A case's steps as the app takes them: the entity's own method, then the event table's clocks (DeadlineEffects on the
/// demo clock set to the step's moment), numbers from the counters, and one save per step, like one request each.
/// </summary>
public sealed class DemoCaseKit(AppDbContext db, DemoSteps steps, FileStore files, Guid town, Guid area, Unit unit,
    IReadOnlyList<Guid> officers)
{
    /// <summary>The 市场监管分局's liaison records the unit's case steps in the demo, as in its clues.</summary>
    public const string By = "liaison.scjg";

    /// <summary>
    /// The head's approval of a transfer is recorded by the town office, never by whoever reported it (as the app requires).
    /// </summary>
    public const string Head = "office.admin";

    public async Task<EnforcementCase> OpenAsync(DateTimeOffset at, DemoCaseText t, Guid entity, CaseOrigin origin, Clue? clue = null)
    {
        steps.As(at, By);
        var details = new CaseDetails(t.Title, unit.Id, officers, t.Type, area, t.Facts, t.LegalBasis, t.CaseValue, t.GoodsValue,
            t.Dens, 0);
        if (details.Validate().Count > 0) throw new InvalidOperationException($"demo case {t.Title} does not validate");
        var number = $"AJ-{at.Year}-{await Counters.NextAsync(db, CaseNumbers.Key(town, at.Year), default):0000}";
        var party = await db.Unscoped<MarketEntity>().Where(m => m.Id == entity)
            .Select(m => CaseSearch.EntityText(m.Name, m.CreditCode, m.StallNumber)).SingleAsync();
        var c = new EnforcementCase(town, number, details, CaseParty.Entity(entity, party), origin, at, By);
        var thresholds = await db.TransferThresholds.AsNoTracking().ToListAsync();
        c.NoteStandardReached(TransferVerdict.Of(thresholds, TransferThreshold.OffenceOf(t.Type), t.CaseValue, t.GoodsValue,
            c.OpenedOn).Crossed, at);
        db.Add(c);
        await steps.Effects.ApplyAsync(DeadlineEvent.CaseOpened, Subject(c));
        if (clue is not null)
        {
            clue.OpenedCase(number, at, By);
            await steps.Effects.ApplyAsync(DeadlineEvent.CaseOpenedFromClue, new(DeadlineSubjects.Clue, clue.Id, clue.JurisdictionId,
                clue.AssignedUnitId, clue.InformantId is not null));
        }
        await db.SaveChangesAsync();
        await NumberAsync(c, CaseDocumentKind.CaseApproval, at);
        if (origin.InspectionId is not null) await NumberAsync(c, CaseDocumentKind.SiteRecord, at);
        return c;
    }

    public async Task<Exhibit> SeizeAsync(EnforcementCase c, DateTimeOffset at, ExhibitDetails d)
    {
        var e = new Exhibit(c.Id, d, at, By);
        db.Add(e);
        await db.SaveChangesAsync();
        await NumberAsync(c, CaseDocumentKind.ExhibitList, at);
        return e;
    }

    public Task DisposeAsync(Exhibit e, DateTimeOffset at, ExhibitDisposal how, string note) =>
        Step(at, () => e.Dispose(how, ChinaTime.DateOf(at), note, By));

    public Task PauseAsync(EnforcementCase c, DateTimeOffset at, CasePauseKind kind, string reason) =>
        Step(at, () => c.Pause(kind, ChinaTime.DateOf(at), reason, at, By), (DeadlineEvent.CasePaused, Subject(c, at, reason)));

    public Task ResumeAsync(EnforcementCase c, DateTimeOffset at, DateOnly lastPausedDay) =>
        Step(at, () => c.Resume(lastPausedDay, at, By), (DeadlineEvent.CaseResumed, Subject(c, ChinaTime.StartOf(lastPausedDay))));

    /// <summary>行政处罚告知 served on the day of <paramref name="at"/>, numbered 告字 like the decision.</summary>
    public async Task NotifyAsync(EnforcementCase c, DateTimeOffset at, Penalties penalties, decimal? fine, string text)
    {
        var day = ChinaTime.DateOf(at);
        await Step(at, () => c.Notify(new(day, penalties, fine, c.HearingRightFor(penalties, fine), text), at, By),
            (DeadlineEvent.CaseNotified, Subject(c, ChinaTime.StartOf(day))));
        await Features.Cases.Documents.DocumentNumberer.NumberNoticeAsync(db, c.Notice!, unit, default);
        await db.SaveChangesAsync();
    }

    /// <summary>陈述申辩 (adopted or not, with the reason) or, with no text, its waiver, received on <paramref name="at"/>'s day.</summary>
    public Task StatementAsync(EnforcementCase c, DateTimeOffset at, string? text = null, bool? adopted = null, string? reason = null)
    {
        var day = ChinaTime.DateOf(at);
        var kind = text is null ? CaseStatementKind.Waived : CaseStatementKind.Statement;
        return Step(at, () => c.RecordStatement(new(kind, day, text, adopted, reason), at, By),
            (DeadlineEvent.CaseStatementRecorded, Subject(c, ChinaTime.StartOf(day))));
    }

    public async Task DecideAsync(EnforcementCase c, DateTimeOffset at, CaseDecision d)
    {
        if (d.Validate().Count > 0 || DecisionFines.Check(c, d, ChinaTime.DateOf(at)) is not null)
            throw new InvalidOperationException($"demo decision of {c.Number} does not validate");
        steps.As(at, By);
        var due = await db.Unscoped<Deadline>().Where(x => x.SubjectId == c.Id && x.RuleCode == RuleCodes.CaseStatement)
            .OrderByDescending(x => x.StartedAt).Select(x => (DateOnly?)x.DueOn).FirstOrDefaultAsync();
        c.EnsureHeard(d, due < ChinaTime.DateOf(at));
        c.Decide(d, at, By);
        await steps.Effects.ApplyAsync(DeadlineEvent.CaseDecided, Subject(c));
        if (c.OwesPayment) await steps.Effects.ApplyAsync(DeadlineEvent.FineImposed, Subject(c));
        if (c.OwesPublication) await steps.Effects.ApplyAsync(DeadlineEvent.PenaltyToPublish, Subject(c));
        await db.SaveChangesAsync();
        await NumberAsync(c, CaseDocumentKind.PenaltyDecision, at);
    }

    public async Task PayAsync(EnforcementCase c, DateTimeOffset at)
    {
        var due = await db.Unscoped<Deadline>().Where(d => d.SubjectId == c.Id && d.RuleCode == RuleCodes.CasePayment)
            .Select(d => d.DueOn).SingleAsync();
        await Step(at, () => c.RecordPayment(ChinaTime.DateOf(at), due, at, By), (DeadlineEvent.FinePaid, Subject(c)));
    }

    public Task PublishAsync(EnforcementCase c, DateTimeOffset at) =>
        Step(at, () => c.Publish(ChinaTime.DateOf(at), at, By), (DeadlineEvent.PenaltyPublished, Subject(c)));

    public async Task CloseAsync(EnforcementCase c, DateTimeOffset at, string note)
    {
        await NumberAsync(c, CaseDocumentKind.ClosingApproval, at);
        await Step(at, () => c.Close(note, at, By));
    }

    /// <summary>移送司法机关 as the case's decision: the decision clock is met and the case closes, its 结案审批表 numbered.</summary>
    public async Task CloseTransferredAsync(EnforcementCase c, DateTimeOffset at, string note)
    {
        await NumberAsync(c, CaseDocumentKind.ClosingApproval, at);
        await Step(at, () => c.CloseTransferred(note, at, By), (DeadlineEvent.CaseDecided, Subject(c)));
    }

    public async Task<PoliceTransfer> ReportAsync(EnforcementCase c, DateTimeOffset at, string police, string note, DemoDocument doc)
    {
        steps.As(at, By);
        var thresholds = await db.TransferThresholds.ToListAsync();
        var verdict = TransferVerdict.Of(thresholds, TransferThreshold.OffenceOf(c.ViolationType), c.CaseValue, c.GoodsValue, c.OpenedOn);
        if (!verdict.MustTransfer) throw new InvalidOperationException($"demo case {c.Number} crosses no threshold");
        var t = new PoliceTransfer(c.JurisdictionId, c.Id, c.HandlingUnitId, verdict.Crossed!.Code, police, note, at, By);
        db.Add(t);
        await AttachAsync(t.Steps[0], doc);
        await steps.Effects.ApplyAsync(DeadlineEvent.TransferReported, Subject(t));
        await db.SaveChangesAsync();
        return t;
    }

    /// <summary>
    /// A later step as <paramref name="by"/> (the unit's liaison unless said); handing the exhibits over disposes of the goods
    /// still held, and the hand-over numbers the 涉嫌犯罪案件移送书, as the transfer service does.
    /// </summary>
    public async Task StepAsync(PoliceTransfer t, TransferStepKind kind, DateTimeOffset at, string? note, DemoDocument doc,
        string by = By)
    {
        steps.As(at, by);
        var review = t.Status == TransferStatus.Reconsidering;
        var step = t.Record(kind, note, at, by);
        await AttachAsync(step, doc);
        if (kind == TransferStepKind.HandOverExhibits)
        {
            foreach (var e in await db.Exhibits.Where(e => e.CaseId == t.CaseId && e.Disposal == null).ToListAsync())
                e.Dispose(ExhibitDisposal.HandedToPolice, ChinaTime.DateOf(at), t.Police, By);
        }
        await steps.Effects.ApplyAsync(TransferSteps.Event(kind, review), Subject(t));
        await db.SaveChangesAsync();
        if (kind == TransferStepKind.HandOver) await NumberAsync(t.CaseId, CaseDocumentKind.TransferLetter, at, by);
    }

    private async Task AttachAsync(PoliceTransferStep step, DemoDocument doc)
    {
        var stored = await files.SaveAsync(DemoPdf.Of(doc.Title, doc.Lines), ClueEvidenceFiles.PdfType, default);
        step.Attach(stored.Sha256, stored.ContentType, stored.Size, doc.Title + ".pdf");
    }

    /// <summary>The document's number from the unit's counter for the kind and year, as the document service takes it.</summary>
    private Task NumberAsync(EnforcementCase c, CaseDocumentKind kind, DateTimeOffset at) => NumberAsync(c.Id, kind, at, By);

    private async Task NumberAsync(Guid caseId, CaseDocumentKind kind, DateTimeOffset at, string by)
    {
        var year = ChinaTime.DateOf(at).Year;
        var sequence = (int)await Counters.NextAsync(db, DocumentNumbers.CounterKey(kind, unit.Id, year), default);
        db.Add(new CaseDocument(caseId, kind, unit.Id, year, sequence, unit.PrefixForDocuments, at, by));
        await db.SaveChangesAsync();
    }

    private async Task Step(DateTimeOffset at, Action move, params (DeadlineEvent Event, DeadlineSubject Subject)[] events)
    {
        steps.As(at, By);
        move();
        foreach (var (e, s) in events) await steps.Effects.ApplyAsync(e, s);
        await db.SaveChangesAsync();
    }

    private static DeadlineSubject Subject(EnforcementCase c, DateTimeOffset? at = null, string? note = null) =>
        new(DeadlineSubjects.Case, c.Id, c.JurisdictionId, c.HandlingUnitId, Note: note, At: at);

    private static DeadlineSubject Subject(PoliceTransfer t) => new(DeadlineSubjects.PoliceTransfer, t.Id, t.JurisdictionId,
        t.HandlingUnitId);
}

/// <summary>A document a transfer step carries: its title and a few lines.</summary>
public sealed record DemoDocument(string Title, params string[] Lines);
