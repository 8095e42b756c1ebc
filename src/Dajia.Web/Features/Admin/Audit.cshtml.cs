using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class AuditModel(AuditService audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public AuditPage Entries { get; private set; } = new([], 1, AuditService.PageSize, false);

    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.QueryAsync(EntityType, null, PageNumber, ct);
}
