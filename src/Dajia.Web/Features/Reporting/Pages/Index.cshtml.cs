using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Pages;

/// <summary>/Reports (报表报送): what the signed-in user has to file (a liaison) or review (the office, leaders).</summary>
[Authorize]
public sealed class IndexModel(ReportList list) : PageModel
{
    public IReadOnlyList<ReportListRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RowsAsync(ct);
}
