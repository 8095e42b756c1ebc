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
    }

    /// <summary>The same filters on another page, or on the export.</summary>
    public string Link(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["q"] = Filter.Q, ["unitId"] = Filter.UnitId, ["status"] = Filter.Status, ["type"] = Filter.Type, ["keyAreaId"] = Filter.KeyAreaId,
        ["overdue"] = Filter.Overdue == true ? "true" : null, ["pageNumber"] = page?.ToString(),
    }.Where(x => !string.IsNullOrEmpty(x.Value)));
}
