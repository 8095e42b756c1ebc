using Dajia.Web.Domain.Cases;
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
    CaseOrigins origins, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<OfficerDto> Officers { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public Guid? ClueId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? InspectionId { get; set; }

    /// <summary>Why the clue or inspection named in the address cannot open a case: said at once, instead of the form.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The register's entities offered as the party (one page of them): typing the name picks one.</summary>
    public IReadOnlyList<EntityHitDto> Entities { get; private set; } = [];

    /// <summary>The clue the case opens from (its number and, for reference on this page only, the informant's text).</summary>
    public Domain.Clues.Clue? Clue { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // ?clueId=not-a-guid names no clue: the same refusal as an unknown one, not a blank direct form.
        foreach (var (field, key) in new[] { (nameof(ClueId), "Validation.Case.Clue"), (nameof(InspectionId), "Validation.Case.Inspection") })
        {
            if (ModelState[field] is not { Errors.Count: > 0 }) continue;
            ModelState.Remove(field);
            Refusal ??= l[key].Value;
        }
        if (Refusal is not null) Response.StatusCode = StatusCodes.Status409Conflict;
    }

    /// <summary>What was posted, shown again as typed after a refusal.</summary>
    public PostedForm Posted => _posted ??= new(Request, ModelState);

    private PostedForm? _posted;

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["title"] = "Cases.Title", ["handlingUnitId"] = "Cases.Unit", ["officerIds"] = "Cases.Officers",
        ["violationType"] = "Cases.Type", ["keyAreaId"] = "Cases.KeyArea", ["facts"] = "Cases.Facts",
        ["legalBasis"] = "Cases.LegalBasis", ["caseValue"] = "Cases.CaseValue", ["goodsValue"] = "Cases.GoodsValue",
        ["densDestroyed"] = "Cases.Dens", ["personsDetained"] = "Cases.Detained", ["partyName"] = "Cases.PartyName",
        ["partyIdNumber"] = "Cases.PartyIdNumber",
    };

    // Numbers and choices arrive as text: one that cannot be read is refused with its field named, never dropped.
    public async Task<IActionResult> OnPostAsync(string? title, string? handlingUnitId, List<string>? officerIds, string? violationType,
        string? keyAreaId, string? facts, string? legalBasis, string? caseValue, string? goodsValue, string? densDestroyed,
        string? personsDetained, string? partyKind, string? entity, string? partyName, string? partyIdNumber, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var unit = Input.Id(handlingUnitId, "handlingUnitId", errors);
        var officers = (officerIds ?? []).Select(o => Input.Id(o, "officerIds", errors)).OfType<Guid>().ToList();
        var area = Input.Id(keyAreaId, "keyAreaId", errors);
        var (value, goods) = (MoneyInput.Parse(caseValue, "caseValue", errors), MoneyInput.Parse(goodsValue, "goodsValue", errors));
        var dens = Input.Int(densDestroyed, "densDestroyed", 0, CaseDetails.MaxCount, errors);
        var detained = Input.Int(personsDetained, "personsDetained", 0, CaseDetails.MaxCount, errors);
        Guid? entityId = null;
        if (partyKind != "Individual" && entity?.Trim() is { Length: > 0 } text)
        {
            var hits = (await entities.FindAsync(text, null, new PageRequest(1, 20), ct)).Items;
            // A suggested name may be part of a longer one (某牛仔摊, 某牛仔摊二店): the exact name decides then.
            var exact = hits.Where(h => h.Name == text).ToList();
            if (hits.Count == 1 || exact.Count == 1) entityId = (exact.Count == 1 ? exact[0] : hits[0]).Id;
            else errors.Add(new("entity", "Cases.EntityNotFound"));
        }
        // What the page could not read goes to the service with the input, so every message comes back in one round.
        var input = new CaseInput(Blank(title), unit, officers is { Count: > 0 } ? officers : null, Blank(violationType),
            area, Blank(facts), Blank(legalBasis), value, goods, dens, detained, Blank(partyKind), entityId,
            Blank(partyName), Blank(partyIdNumber), ClueId, InspectionId);
        var r = await cases.OpenAsync(input, errors, ct);
        // An entity not found in the register is said once, under the search box.
        var said = errors.Any(e => e.Field == "entity");
        return await this.AnswerAsync(r with { Errors = r.Errors?.Where(e => !said || e.Field != "marketEntityId").Named(Labels).ToList() },
            l, c => this.Done(l["Cases.Opened", c.Number], "/Cases/Details", new { id = c.Id }), () => LoadAsync(ct), "");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private async Task LoadAsync(CancellationToken ct)
    {
        var (refusal, start) = await origins.PreviewAsync(ClueId, InspectionId, ct);
        (Refusal, Clue) = (refusal is null ? null : l[refusal].Value, start?.Clue);
        // A liaison may open cases of their own unit only: the lists offer no other (the office's: every unit).
        var unitList = await units.ListAsync(false, ct);
        var officerList = (await officers.ListAsync(ct)).Where(o => o.Active).ToList();
        if (me.IsLiaison && me.UnitId is { } mine)
            (unitList, officerList) = (unitList.Where(u => u.Id == mine).ToList(), officerList.Where(o => o.UnitId == mine).ToList());
        (Units, Areas, Officers) = (unitList, await areas.ListAsync(ct), officerList);
        Entities = (await entities.FindAsync(null, null, new PageRequest(1, PageRequest.MaxSize), ct)).Items;
    }
}
