using Dajia.Web.Domain.Units;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.RandomDraws;

public sealed class IndexModel(
    RandomDrawService draws, OfficerService officers, KeyAreaService areas, UnitService units, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public PagedList<DrawDto> Draws { get; private set; } = PagedList<DrawDto>.Empty(PageRequest.First);
    public IReadOnlyList<OfficerDto> Officers { get; private set; } = [];
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? title, Guid? keyAreaId, string? category, string? risk, int? count,
        CancellationToken ct)
    {
        var r = await draws.DrawAsync(new DrawInput(title, keyAreaId, category, risk, count, null), ct);
        return await this.AnswerAsync(r, l, d => RedirectToPage("/RandomDraws/Details", new { id = d.Id }), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostOfficerAsync(Guid? unitId, string? name, string? certificateNumber, CancellationToken ct)
    {
        var r = await officers.AddAsync(new OfficerInput(unitId, name, certificateNumber), ct);
        return await this.AnswerAsync(r, l, _ => this.Done(l["RandomDraw.OfficerAdded"], "/RandomDraws/Index"), () => LoadAsync(ct));
    }

    public Pager Pager => Pager.Of(Draws, page => $"/RandomDraws?pageNumber={page}");

    private async Task LoadAsync(CancellationToken ct)
    {
        Draws = await draws.ListAsync(Pager.Request(PageNumber, ModelState, l), ct);
        Officers = await officers.ListAsync(ct);
        Areas = await areas.ListAsync(ct);
        Units = await units.ListAsync(false, ct);
    }
}
