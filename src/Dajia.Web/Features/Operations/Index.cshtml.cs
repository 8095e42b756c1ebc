using Dajia.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Operations;

public sealed class IndexModel(OperationService operations, OperationTotalsService totals, TimeProvider time) : PageModel
{
    public IReadOnlyList<OperationDto> List { get; private set; } = [];
    public PeriodTotalsDto Totals { get; private set; } = null!;

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = ChinaTime.Today(time);
        var f = from ?? new DateOnly(today.Year, 1, 1);
        var t = to is { } x && x >= f ? x : today < f ? f : today;
        Totals = await totals.ForPeriodAsync(f, t, ct);
        List = await operations.ListAsync(f, t, ct);
    }
}
