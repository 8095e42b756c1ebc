using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class AuditModel(AppDbContext db, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public AuditPage Entries { get; private set; } = new([], 1, AuditApi.PageSize, false);

    public async Task OnGetAsync(CancellationToken ct) => Entries = await AuditApi.QueryAsync(db, me, EntityType, null, PageNumber, ct);
}
