using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.MarketEntities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// 核对经营主体: the office confirms the matcher's proposal or picks another entity (found by name, stall or credit
/// code) or only a key area. Works without JavaScript: the search is a GET form, each choice a POST.
/// </summary>
[Authorize(Policy = Policies.Office)]
public sealed class MatchModel(ClueMatchService matches, ClueService clues, EntitySearch search, KeyAreaService areas,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int HitsPerPage = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public ClueDto Clue { get; private set; } = null!;
    public ClueMatchDto Match { get; private set; } = null!;
    public PagedList<EntityHitDto> Hits { get; private set; } = PagedList<EntityHitDto>.Empty(PageRequest.First);
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public Pager Pager => Pager.Of(Hits, page => QueryHelpers.AddQueryString($"/Clues/{Clue.Id}/Match", new Dictionary<string, string?>
    {
        ["q"] = Q, ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? marketEntityId, Guid? keyAreaId, int? version, CancellationToken ct) =>
        await this.AnswerAsync(await matches.ConfirmAsync(id, new(marketEntityId, keyAreaId), new(version), ct), l,
            _ => this.Done(l["ClueMatch.Saved"], "/Clues/Details", new { id }), async () => await LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await clues.GetAsync(id, ct) is not { } clue || await matches.GetAsync(id, ct) is not { } match) return false;
        (Clue, Match) = (clue, match);
        // The first look searches for what the report named: its stall if it gave one, else the merchant.
        Q ??= StallNumber.Key($"{clue.MerchantName} {clue.Address}") ?? clue.MerchantName;
        if (Q is { Length: > EntitySearch.MaxQueryLength }) Q = Q[..EntitySearch.MaxQueryLength];
        var paging = Pager.Request(PageNumber, ModelState, l, HitsPerPage);
        Hits = await search.FindAsync(Q, null, paging, ct);
        Areas = await areas.ListAsync(ct);
        return true;
    }
}
