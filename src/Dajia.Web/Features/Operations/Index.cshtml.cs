using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Operations;

public sealed class IndexModel(OperationService operations, OperationTotalsService totals, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public PagedList<OperationDto> List { get; private set; } = PagedList<OperationDto>.Empty(PageRequest.First);
    public PeriodTotalsDto Totals { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    /// <summary>A bad date is said on the page and the default period is shown; a "to" before "from" shows one day.</summary>
    public async Task OnGetAsync(string? from, string? to, string? pageNumber, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var today = ChinaTime.Today(time);
        var f = Input.Date(from, "from", errors) ?? new DateOnly(today.Year, 1, 1);
        var t = Input.Date(to, "to", errors) is { } x && x >= f ? x : today < f ? f : today;
        ModelState.AddTo(errors, l, prefix: "");
        Totals = await totals.ForPeriodAsync(f, t, ct);
        List = await operations.ListAsync(f, t, Pager.Request(pageNumber, ModelState, l), ct);
        Pager = Pager.Of(List, page => QueryHelpers.AddQueryString("/Operations", new Dictionary<string, string?>
        {
            ["from"] = f.ToString("yyyy-MM-dd"), ["to"] = t.ToString("yyyy-MM-dd"), ["pageNumber"] = page.ToString(),
        }));
    }
}
