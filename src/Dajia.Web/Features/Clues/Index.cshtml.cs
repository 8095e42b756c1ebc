using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Clues;

public sealed class IndexModel(ClueService clues, UnitService units, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ClueStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ClueSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public ClueKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public ClueSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public PagedList<ClueListItem> Result { get; private set; } = PagedList<ClueListItem>.Empty(PageRequest.First);
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var paging = Pager.Request(PageNumber, ModelState, l);
        Result = await clues.ListAsync(new ClueQuery(Q, Status, Source, Kind, UnitId, Overdue, paging, Sort), ct);
        if (!user.IsLiaison) Units = (await units.ListAsync(false, ct)).Where(u => u.Kind == UnitKind.Member).ToList();
        Active = new[]
        {
            string.IsNullOrWhiteSpace(Q) ? null : l["Filters.Search", Q.Trim()].Value,
            Status is { } s ? l["ClueStatus." + s].Value : null, Source is { } so ? l["ClueSource." + so].Value : null,
            Kind is { } k ? l["ClueKind." + k].Value : null, Units.FirstOrDefault(u => u.Id == UnitId)?.ShortName,
            Overdue ? l["Clues.OverdueOnly"].Value : null,
        }.OfType<string>().ToList();
    }

    /// <summary>The filters in force (the order is not one), for the one line beside 筛选 (a phone folds the filters).</summary>
    public IReadOnlyList<string> Active { get; private set; } = [];

    public bool FiltersOpen => Active.Count > 0 || !ModelState.IsValid;

    public Pager Pager => Pager.Of(Result, page => Link("/Clues", page));

    /// <summary>The same filters and order, for another page or for the export.</summary>
    public string Link(string path, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status?.ToString(), ["source"] = Source?.ToString(), ["kind"] = Kind?.ToString(),
            ["unitId"] = UnitId?.ToString(), ["overdue"] = Overdue ? "true" : null,
            ["sort"] = Sort == ClueSort.Newest ? null : Sort.ToString(), ["pageNumber"] = page?.ToString(),
        };
        return QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
