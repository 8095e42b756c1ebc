using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Features.Cases.Documents;
using Dajia.Web.Features.Cases.Transfer;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>The printed documents of a case: the five numbered forms and the case file (案卷), which has no number.</summary>
public enum PrintDocument { Filing, Scene, Exhibits, Notice, Decision, Transfer, Closing, File }

/// <summary>
/// Gathers what a print view shows, from a case the reader sees (the case page's scope). Viewing never numbers: a form
/// shows the number taken by 取号 (or by the move that numbers it: 作出决定, 结案), else a blank to fill in by hand and,
/// on screen, how to number it.
/// </summary>
public sealed class CasePrintService(
    AppDbContext db, CurrentUser user, CaseService cases, CaseViews views, DocumentNumberer numberer)
{
    public static CaseDocumentKind? KindOf(PrintDocument d) => d switch
    {
        PrintDocument.Filing => CaseDocumentKind.CaseApproval,
        PrintDocument.Scene => CaseDocumentKind.SiteRecord,
        PrintDocument.Exhibits => CaseDocumentKind.ExhibitList,
        PrintDocument.Notice => CaseDocumentKind.PenaltyNotice,
        PrintDocument.Decision => CaseDocumentKind.PenaltyDecision,
        PrintDocument.Closing => CaseDocumentKind.ClosingApproval,
        PrintDocument.Transfer => CaseDocumentKind.TransferLetter,
        _ => null,
    };

    public static PrintDocument PrintOf(CaseDocumentKind kind) =>
        Enum.GetValues<PrintDocument>().First(d => KindOf(d) == kind);

    /// <param name="notice">For the 告知书: which notice (n, from 1); null: the current (latest) one.</param>
    public async Task<ServiceResult<CasePrint>> GetAsync(Guid id, PrintDocument document, CancellationToken ct, int? notice = null)
    {
        if (await cases.LoadAsync(id, ct) is not { } c) return ServiceResult<CasePrint>.NotFound();
        var kind = KindOf(document);
        var transfer = await CaseDocumentService.TransferOfAsync(db, user, c.Id, ct);
        if (kind is { } k && CaseDocumentService.Missing(c, k, transfer?.Status) is { } why) return ServiceResult<CasePrint>.Conflict(why);
        var served = document != PrintDocument.Notice ? null
            : notice is { } wanted ? c.Notices.FirstOrDefault(x => x.Ordinal == wanted) : c.Notice;
        if (document == PrintDocument.Notice && served is null) return ServiceResult<CasePrint>.NotFound();
        // The unit, the entity and the inspection are named by a case the reader sees: read for this case only.
        var unit = await db.Unscoped<Domain.Units.Unit>().AsNoTracking().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        var number = served is not null ? served.Number : kind is { } kk ? (await numberer.FindAsync(c.Id, kk, ct))?.Number : null;
        // An empty 涉案物品清单 is a blank to fill by hand: it takes no number, so there is nothing to say about numbering.
        // An earlier notice is numbered no more (取号 numbers the current one): its blank is filled by hand.
        var awaits = kind is { } kn && number is null && (served is null || served == c.Notice)
            && await CaseDocumentService.NothingToNumberAsync(db, c.Id, kn, ct) is null;
        var dto = await views.DtoAsync(c, ct);
        var entity = c.MarketEntityId is { } eid
            ? await db.Unscoped<MarketEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid, ct) : null;
        var exhibits = await db.Exhibits.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .ToListAsync(ct);
        return ServiceResult<CasePrint>.Ok(new CasePrint(dto, unit.Name, number, PartyOf(dto, entity, await PlaceAsync(entity, ct)),
            exhibits, await InspectionAsync(c, entity, ct), await numberer.AllAsync(c.Id, ct),
            DocumentNumbers.InCaseOrder.Where(x => CaseDocumentService.Missing(c, x, transfer?.Status) is null).ToList(),
            transfer?.Police, awaits, await TransferAsync(c, transfer, ct), served is null ? null : NoticeRecordDto.From(served)));
    }

    /// <summary>
    /// What the 移送书 says of the transfer: the standard crossed, the report, the hand-over and the steps' files; and for
    /// the case file its steps and clocks.
    /// </summary>
    private async Task<PrintTransfer?> TransferAsync(EnforcementCase c, PoliceTransfer? t, CancellationToken ct)
    {
        if (t is null) return null;
        // Standards are the country's law, not a town's records: nothing to scope.
        var standard = t.ThresholdCode is { } code
            ? (await db.TransferThresholds.AsNoTracking().Where(x => x.Code == code).ToListAsync(ct))
                .FirstOrDefault(x => x.AppliesOn(c.OpenedOn))
            : null;
        var report = t.Steps.First(s => s.Kind == TransferStepKind.Report);
        return new PrintTransfer(t.Police, standard, report.At, report.Note, t.HandedOverAt,
            t.Steps.OrderBy(s => s.Sequence).SelectMany(s => s.Documents).Select(d => d.FileName).ToList())
        {
            Steps = PoliceTransferDto.From(t).Steps, Clocks = await views.TransferClocksAsync(c.Id, ct),
        };
    }

    private static PrintParty PartyOf(CaseDto c, MarketEntity? e, string? place) => c.PartyKind == PartyKind.Individual
        ? new(PartyKind.Individual, c.PartyName ?? "", null, null, c.PartyIdNumber, null)
        : new(PartyKind.Entity, e?.Name ?? "", e?.CreditCode, place,
            null, e?.OperatorName is { Length: > 0 } op ? CaseParty.MaskName(op) : null);

    /// <summary>The entity's address, else its stall in its key area.</summary>
    private async Task<string?> PlaceAsync(MarketEntity? e, CancellationToken ct)
    {
        if (e is null) return null;
        if (!string.IsNullOrWhiteSpace(e.Address)) return e.Address;
        var area = e.KeyAreaId is { } k
            ? await db.Unscoped<KeyArea>().Where(a => a.Id == k).Select(a => a.Name).FirstOrDefaultAsync(ct) : null;
        var place = string.Join(" ", new[] { area, e.StallNumber }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return place.Length > 0 ? place : null;
    }

    private async Task<PrintInspection?> InspectionAsync(EnforcementCase c, MarketEntity? caseEntity, CancellationToken ct)
    {
        if (c.InspectionId is not { } iid || c.OperationId is not { } oid) return null;
        var op = await db.Unscoped<Operation>().AsNoTracking().Where(o => o.Id == oid)
            .Select(o => new
            {
                o.Number, o.Title, o.Findings,
                Inspection = o.Inspections.Where(i => i.Id == iid)
                    .Select(i => new { i.InspectedAt, i.MarketEntityId, i.Result, i.Notes, i.RecordedBy }).FirstOrDefault(),
                Officers = o.Units.Where(u => u.Status == ParticipationStatus.Confirmed && u.Officers != null).Select(u => u.Officers!)
                    .ToList(),
            }).FirstOrDefaultAsync(ct);
        if (op?.Inspection is not { } i) return null;
        var entity = caseEntity?.Id == i.MarketEntityId ? caseEntity
            : await db.Unscoped<MarketEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == i.MarketEntityId, ct);
        return new PrintInspection(op.Number, op.Title, i.InspectedAt, await PlaceAsync(entity, ct), entity?.Name ?? "",
            op.Officers, i.Result, i.Notes, op.Findings, i.RecordedBy);
    }
}
