using Dajia.Web.Domain.Units;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Features.RandomDraws;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// /Cases/New: 立案, directly or from a verified clue (?clueId=) or an inspection (?inspectionId=), whose entity, key area
/// and facts come along unless typed over. The party is found in the register by name, stall number or credit code.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLiaison)]
public sealed class NewModel(CaseService cases, UnitService units, KeyAreaService areas, OfficerService officers, EntitySearch entities,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<OfficerDto> Officers { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public Guid? ClueId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? InspectionId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? title, Guid? handlingUnitId, List<Guid>? officerIds, string? violationType,
        Guid? keyAreaId, string? facts, string? legalBasis, decimal? caseValue, decimal? goodsValue, int? densDestroyed,
        int? personsDetained, string? partyKind, string? entity, string? partyName, string? partyIdNumber, CancellationToken ct)
    {
        Guid? entityId = null;
        if (partyKind != "Individual" && entity?.Trim() is { Length: > 0 } text)
        {
            var hits = await entities.FindAsync(text, null, new PageRequest(1, 2), ct);
            if (hits.Items.Count != 1)
            {
                ModelState.AddModelError("Entity", l["Cases.EntityNotFound"]);
                await LoadAsync(ct);
                return Page();
            }
            entityId = hits.Items[0].Id;
        }
        var input = new CaseInput(Blank(title), handlingUnitId, officerIds is { Count: > 0 } ? officerIds : null, Blank(violationType),
            keyAreaId, Blank(facts), Blank(legalBasis), caseValue, goodsValue, densDestroyed, personsDetained, Blank(partyKind), entityId,
            Blank(partyName), Blank(partyIdNumber), ClueId, InspectionId);
        var r = await cases.OpenAsync(input, ct);
        return await this.AnswerAsync(r, l, c => this.Done(l["Cases.Opened", c.Number], "/Cases/Details", new { id = c.Id }),
            () => LoadAsync(ct));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private async Task LoadAsync(CancellationToken ct) =>
        (Units, Areas, Officers) = (await units.ListAsync(false, ct), await areas.ListAsync(ct),
            (await officers.ListAsync(ct)).Where(o => o.Active).ToList());
}
