using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Units;

public sealed class IndexModel(UnitService units) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool IncludeInactive { get; set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.ListAsync(IncludeInactive, ct);
}
