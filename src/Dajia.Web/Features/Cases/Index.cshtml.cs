using Dajia.Web.Domain.Units;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Cases;

/// <summary>/Cases: the list with its filters (a bad value is said on the page, the rest still apply) and the export link.</summary>
public sealed class IndexModel(CaseListService cases, UnitService units, KeyAreaService areas, CurrentUser me,
    IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The units to filter by: a liaison sees only their own unit's cases, so only their unit is offered.</summary>
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public PagedList<CaseListItem> List { get; private set; } = PagedList<CaseListItem>.Empty(PageRequest.First);
    public Pager Pager { get; private set; } = null!;
    public CaseListInput Filter { get; private set; } = new(null, null, null, null, null, null, null, null);

    public async Task OnGetAsync(string? q, string? unitId, string? status, string? type, string? keyAreaId, string? overdue,
        string? pageNumber, CancellationToken ct)
    {
        Filter = new CaseListInput(q, unitId, status, type, keyAreaId, overdue, null, null);
        var errors = new List<FieldError>();
        var query = Filter.Parse(errors);
        ModelState.AddTo(errors, l, prefix: "");
        List = await cases.ListAsync(query with { Paging = Pager.Request(pageNumber, ModelState, l) }, ct);
        Pager = Pager.Of(List, page => Link("/Cases", page));
        var all = await units.ListAsync(true, ct);
        Units = me.IsLiaison ? all.Where(u => u.Id == me.UnitId).ToList() : all.Where(u => u.Active).ToList();
        Areas = await areas.ListAsync(ct);
        // A filter only narrows: an id the reader cannot see finds nothing (as in the API), and the page says why the list is
        // empty rather than showing 全部 in the box over it.
        var unknown = new List<FieldError>();
        if (query.UnitId is { } u && !all.Any(x => x.Id == u && (!me.IsLiaison || x.Id == me.UnitId)))
            unknown.Add(new("unitId", "Validation.Case.UnitFilter"));
        if (query.KeyAreaId is { } k && Areas.All(a => a.Id != k)) unknown.Add(new("keyAreaId", "Validation.Case.KeyAreaFilter"));
        ModelState.AddTo(unknown, l, prefix: "");
        // A liaison's unit box holds their own unit only: it narrows nothing, so it is no filter to show.
        Active = new[]
        {
            query.Q is { } text ? l["Filters.Search", text].Value : null,
            me.IsLiaison ? null : all.FirstOrDefault(x => x.Id == query.UnitId)?.Name,
            Areas.FirstOrDefault(a => a.Id == query.KeyAreaId)?.Name,
            query.Status is { } st ? l["CaseStatus." + st].Value : null,
            query.Type is { } ty ? l["ViolationType." + ty].Value : null,
            query.Overdue ? l["Cases.OverdueOnly"].Value : null,
        }.OfType<string>().ToList();
    }

    /// <summary>The filters in force, for the one line beside 筛选 (a phone folds the filters behind it).</summary>
    public IReadOnlyList<string> Active { get; private set; } = [];

    /// <summary>The filters show unfolded while one is in force or one was refused, so what narrows the list is in view.</summary>
    public bool FiltersOpen => Active.Count > 0 || !ModelState.IsValid;

    /// <summary>The same filters on another page, or on the export.</summary>
    public string Link(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["q"] = Filter.Q, ["unitId"] = Filter.UnitId, ["status"] = Filter.Status, ["type"] = Filter.Type, ["keyAreaId"] = Filter.KeyAreaId,
        ["overdue"] = Filter.Overdue == true ? "true" : null, ["pageNumber"] = page?.ToString(),
    }.Where(x => !string.IsNullOrEmpty(x.Value)));
}
