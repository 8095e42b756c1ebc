using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class JurisdictionsModel(JurisdictionService jurisdictions, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<JurisdictionDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await jurisdictions.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid? parentId, string? name, string? level, CancellationToken ct) =>
        await this.AnswerAsync(await jurisdictions.CreateAsync(new JurisdictionInput(name, level, parentId), ct), l,
            _ => this.Done(l["Jurisdictions.Saved"], "/Admin/Jurisdictions"), async () => Items = await jurisdictions.ListAsync(ct));
}
