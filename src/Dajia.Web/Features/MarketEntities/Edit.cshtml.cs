using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.MarketEntities;

public sealed class EditModel(MarketEntityService entities, KeyAreaService areas, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid? Id { get; private set; }
    public MarketEntityInput Form { get; private set; } =
        new(null, null, "Stall", "Garments", null, null, null, null, null, null, "Low", "Operating");
    public string? MaskedId { get; private set; }
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        (Id, Areas) = (id, await areas.ListAsync(ct));
        if (id is null) return Page();
        var e = await entities.GetAsync(id.Value, ct);
        if (e is null) return NotFound();
        Form = new(e.Name, e.CreditCode, e.Kind.ToString(), e.Category.ToString(), e.KeyAreaId, e.StallNumber, e.Address, e.OperatorName,
            null, e.ContactPhone, e.Risk.ToString(), e.Status.ToString());
        MaskedId = e.OperatorIdMasked;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, MarketEntityInput form, CancellationToken ct)
    {
        var r = await entities.SaveAsync(id, form, ct);
        (Id, Form) = (id, form with { OperatorIdNumber = null });
        return await this.AnswerAsync(r, l,
            e => this.Done(string.Join(" ", [l["MarketEntities.Saved"].Value, .. e.Warnings]), "/MarketEntities/Edit", new { id = e.Id }),
            async () => Areas = await areas.ListAsync(ct));
    }
}
