using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class AuditModel(AuditService audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public PagedList<AuditDto> Entries { get; private set; } = PagedList<AuditDto>.Empty(PageRequest.First);

    public Pager Pager => Pager.Of(Entries, page => QueryHelpers.AddQueryString("/Admin/Audit", new Dictionary<string, string?>
    {
        ["entityType"] = EntityType, ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))));

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await audit.QueryAsync(EntityType, null, Pager.Request(PageNumber, ModelState, l), ct);
}
