using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

/// <summary>Where clues come from: by category, merchant, key area and month, over a period the reader picks.</summary>
public sealed class HotSpotsModel(ClueInsightService insight, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public HotSpotsDto? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var (from, to) = ClueInsightService.Period(From, To, ChinaTime.Today(time), errors);
        ModelState.AddTo(errors, l, prefix: "");
        (From, To) = (from?.ToString("yyyy-MM-dd") ?? From, to?.ToString("yyyy-MM-dd") ?? To);
        if (errors.Count == 0) Result = await insight.HotSpotsAsync(from!.Value, to!.Value, ct);
    }
}
