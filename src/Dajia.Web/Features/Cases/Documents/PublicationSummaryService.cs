using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases.Documents;

/// <summary>
/// 处罚信息摘要 as published (国发〔2014〕6号 §3; 总局令第45号): every name of a natural person masked — an individual
/// party, and the operator of a stall or shop — and no ID number at all.
/// </summary>
public sealed record PublicationSummaryDto(
    Guid CaseId, string DecisionNumber, PartyKind PartyKind, string Party, string? CreditCode, string? Operator,
    ViolationType ViolationType, string Facts, IReadOnlyList<Penalties> Penalties, decimal? Fine, decimal? ConfiscatedGains,
    string? Decision, string? LegalBasis, string Authority, DateOnly DecidedOn, DateOnly? PublishedOn);

/// <summary>The summary of a decided case (ordinary procedure) for the exposure workflow; a warning alone is not published.</summary>
public sealed class PublicationSummaryService(AppDbContext db, CurrentUser user, DocumentNumberer numberer)
{
    public async Task<ServiceResult<PublicationSummaryDto>> GetAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Visible<EnforcementCase>(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return ServiceResult<PublicationSummaryDto>.NotFound();
        if (c.DecidedOn is not { } decidedOn) return ServiceResult<PublicationSummaryDto>.Conflict("Document.NotDecided");
        if (c.Penalties == Penalties.Warning) return ServiceResult<PublicationSummaryDto>.Conflict("Publication.WarningOnly");
        if (await numberer.FindAsync(c.Id, CaseDocumentKind.PenaltyDecision, ct) is not { } number)
            return ServiceResult<PublicationSummaryDto>.Conflict("Publication.NoDecisionNumber");
        // The entity and the unit are named by a case the caller sees.
        var entity = c.MarketEntityId is { } eid
            ? await db.Unscoped<Domain.MarketEntities.MarketEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid, ct) : null;
        var authority = await db.Unscoped<Domain.Units.Unit>().Where(u => u.Id == c.HandlingUnitId).Select(u => u.Name).FirstAsync(ct);
        var party = c.PartyKind == PartyKind.Individual ? c.PartyNameMasked ?? "*" : entity?.Name ?? "";
        var op = entity?.OperatorName is { Length: > 0 } name ? CaseParty.MaskName(name) : null;
        var penalties = Enum.GetValues<Penalties>().Where(p => p != Penalties.None && c.Penalties.HasFlag(p)).ToList();
        return ServiceResult<PublicationSummaryDto>.Ok(new(c.Id, number.Number, c.PartyKind, party,
            c.PartyKind == PartyKind.Entity ? entity?.CreditCode : null, op, c.ViolationType, c.Facts, penalties, c.FineAmount,
            c.ConfiscatedGains, c.DecisionSummary, c.LegalBasis, authority, decidedOn, c.PublishedOn));
    }
}
