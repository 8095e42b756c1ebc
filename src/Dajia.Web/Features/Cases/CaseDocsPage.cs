using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Cases.Documents;
using Dajia.Web.Features.Cases.Exhibits;
using Dajia.Web.Features.Cases.Transfer;

namespace Dajia.Web.Features.Cases;

/// <summary>What the case page shows of a case's goods, transfer to police and numbered documents, each with its actions.</summary>
public sealed record CaseDocsView(
    ExhibitListDto Exhibits, TransferViewDto Transfer, IReadOnlyList<CaseDocumentDto> Documents,
    IReadOnlyDictionary<string, string> RuleNames)
{
    public bool Allows(string action) => Exhibits.AllowedActions.Contains(action);

    public string? DecisionNumber => Documents.FirstOrDefault(d => d.Kind == CaseDocumentKind.PenaltyDecision)?.Number;
}

/// <summary>Reads the case page's goods, transfer and documents through their own services (each finds the case in scope).</summary>
public sealed class CaseDocsPage(AppDbContext db, ExhibitService exhibits, TransferService transfers, CaseDocumentService documents)
{
    public async Task<CaseDocsView?> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var goods = await exhibits.ListAsync(caseId, ct);
        var transfer = await transfers.ViewAsync(caseId, ct);
        var docs = await documents.ListAsync(caseId, ct);
        if (goods.Value is null || transfer.Value is null || docs.Value is null) return null;
        var codes = transfer.Value.Deadlines.Select(d => d.RuleCode).Distinct().ToList();
        // Rules are the country's law, not a town's records: nothing to scope.
        var names = (await db.DeadlineRules.Where(r => codes.Contains(r.Code)).Select(r => new { r.Code, r.Name }).ToListAsync(ct))
            .GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Name);
        return new CaseDocsView(goods.Value, transfer.Value, docs.Value, names);
    }
}
