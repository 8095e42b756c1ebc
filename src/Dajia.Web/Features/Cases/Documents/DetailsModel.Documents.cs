using Dajia.Web.Features.Cases.Documents;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

/// <summary>The case page's 文书 card: a document takes its number once (the same number when asked again).</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostIssueDocumentAsync(Guid id, string? kind, [FromServices] CaseDocumentService documents,
        CancellationToken ct) =>
        await GoodsAsync(id, await documents.IssueAsync(id, kind, ct), "Documents.Issued", ct);
}
