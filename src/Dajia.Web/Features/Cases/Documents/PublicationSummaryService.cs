using System.Globalization;
using System.Text.RegularExpressions;
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

/// <summary>
/// The summary of a decided case (ordinary procedure) for the exposure workflow; a warning alone is not published. Its
/// <c>decision</c> is the decision's wording with every amount in one format ("并处罚款 4,000.00 元").
/// </summary>
public sealed partial class PublicationSummaryService(AppDbContext db, CurrentUser user, DocumentNumberer numberer)
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
            c.ConfiscatedGains, Worded(c.DecisionSummary), c.LegalBasis, authority, decidedOn, c.PublishedOn));
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>"并处罚款 4000 元" → "并处罚款 4,000.00 元": the summary states each amount as the rest of it does.</summary>
    public static string? Worded(string? decision) => decision is null ? null : Yuan().Replace(decision,
        m => decimal.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var n) ? Money(n) + " 元" : m.Value);

    /// <summary>Whether the wording states <paramref name="fine"/> already (then the summary does not add it again).</summary>
    public static bool States(string? worded, decimal fine) => worded?.Contains(Money(fine) + " 元", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*元")]
    private static partial Regex Yuan();
}
