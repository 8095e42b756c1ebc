using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Operations;

public sealed class IndexModel(OperationService operations, OperationTotalsService totals, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public PagedList<OperationDto> List { get; private set; } = PagedList<OperationDto>.Empty(PageRequest.First);
    public PeriodTotalsDto Totals { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    /// <summary>Why the period shown is not this year: the year shown instead, or 0 when there are no actions at all.</summary>
    public int? FellBackTo { get; private set; }

    /// <summary>A bad date is said on the page and the default period is shown; a "to" before "from" shows one day.</summary>
    public async Task OnGetAsync(string? from, string? to, string? pageNumber, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var today = ChinaTime.Today(time);
        var (f, t) = await DefaultPeriodAsync(from, to, today, ct);
        f = Input.Date(from, "from", errors) ?? f;
        t = Input.Date(to, "to", errors) is { } x && x >= f ? x : t >= f ? t : today < f ? f : today;
        ModelState.AddTo(errors, l, prefix: "");
        Totals = await totals.ForPeriodAsync(f, t, ct);
        List = await operations.ListAsync(f, t, Pager.Request(pageNumber, ModelState, l), ct);
        Pager = Pager.Of(List, page => QueryHelpers.AddQueryString("/Operations", new Dictionary<string, string?>
        {
            ["from"] = f.ToString("yyyy-MM-dd"), ["to"] = t.ToString("yyyy-MM-dd"), ["pageNumber"] = page.ToString(),
        }));
    }

    /// <summary>
    /// This year so far; when this year has no action yet, the latest year that has one (and the page says so), rather
    /// than a page of zeros. A period the reader asked for is shown as asked.
    /// </summary>
    private async Task<(DateOnly From, DateOnly To)> DefaultPeriodAsync(string? from, string? to, DateOnly today, CancellationToken ct)
    {
        var thisYear = (new DateOnly(today.Year, 1, 1), today);
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to)) return thisYear;
        var latest = await totals.LatestActionOnAsync(today, ct);
        if (latest is { } d && d.Year == today.Year) return thisYear;
        FellBackTo = latest?.Year ?? 0;
        return latest is { } l ? (new DateOnly(l.Year, 1, 1), new DateOnly(l.Year, 12, 31)) : thisYear;
    }
}
