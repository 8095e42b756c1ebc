using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.MarketEntities;

public sealed class KeyAreasModel(KeyAreaService areas, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];
    public int CurrentYear => ChinaTime.Today(time).Year;

    public async Task OnGetAsync(CancellationToken ct) => Areas = await areas.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? kind, string? address, string? years, string? description,
        string? aliases, CancellationToken ct)
    {
        var parsed = (years ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries)
            .Select(y => int.TryParse(y, out var v) ? v : -1).ToList();
        var others = (aliases ?? "").Split([',', '，', '、', ';', '；'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var r = await areas.SaveAsync(null, new KeyAreaInput(name, address, kind, description, parsed, others), ct);
        return await FinishAsync(r, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? status, CancellationToken ct) =>
        await FinishAsync(InputRules.TryParseEnum<KeyAreaStatus>(status, out var next)
            ? await areas.MoveAsync(id, next, ct)
            : ServiceResult<KeyAreaDto>.Invalid("status", "Validation.Enum", EnumLabels.Choices<KeyAreaStatus>()), ct);

    private async Task<IActionResult> FinishAsync(ServiceResult<KeyAreaDto> r, CancellationToken ct) =>
        await this.AnswerAsync(r, l, _ => this.Done(l["KeyAreas.Saved"], "/MarketEntities/KeyAreas"),
            async () => Areas = await areas.ListAsync(ct));
}
