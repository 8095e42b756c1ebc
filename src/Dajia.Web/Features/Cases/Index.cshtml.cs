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

    public async Task OnGetAsync(string? q, string? unitId, string? status, string? type, string? keyAreaId, bool? overdue,
        string? pageNumber, CancellationToken ct)
    {
        Filter = new CaseListInput(q, unitId, status, type, keyAreaId, overdue, null, null);
        var errors = new List<FieldError>();
        var query = Filter.Parse(errors);
        ModelState.AddTo(errors, l, prefix: "");
        List = await cases.ListAsync(query with { Paging = Pager.Request(pageNumber, ModelState, l) }, ct);
        Pager = Pager.Of(List, page => Link("/Cases", page));
        var all = await units.ListAsync(false, ct);
        Units = me.IsLiaison ? all.Where(u => u.Id == me.UnitId).ToList() : all;
        Areas = await areas.ListAsync(ct);
    }

    /// <summary>The same filters on another page, or on the export.</summary>
    public string Link(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["q"] = Filter.Q, ["unitId"] = Filter.UnitId, ["status"] = Filter.Status, ["type"] = Filter.Type, ["keyAreaId"] = Filter.KeyAreaId,
        ["overdue"] = Filter.Overdue == true ? "true" : null, ["pageNumber"] = page?.ToString(),
    }.Where(x => !string.IsNullOrEmpty(x.Value)));
}
