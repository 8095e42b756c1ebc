using Dajia.Web.Domain.Units;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Operations;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLiaison)]
public sealed class NewModel(OperationService operations, UnitService units, KeyAreaService areas, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The browser's datetime-local has no zone: it is China time.</summary>
    public async Task<IActionResult> OnPostAsync(string? kind, string? title, DateTime? startsAt, Guid? keyAreaId, Guid? leadUnitId,
        List<Guid>? invitedUnitIds, int? personnel, int? vehicles, string? findings, CancellationToken ct)
    {
        // A year outside 2000–2099 becomes an instant the input check refuses (0001-01-01 in China time is before year 1 in UTC).
        var at = startsAt is { } s ? s.Year is >= 2000 and <= 2099
            ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Unspecified), ChinaTime.Offset)
            : DateTimeOffset.MinValue : (DateTimeOffset?)null;
        var input = new OperationInput(kind, title, at, keyAreaId, leadUnitId, invitedUnitIds, personnel, vehicles, findings);
        var r = await operations.CreateAsync(input, ct);
        return await this.AnswerAsync(r, l, o => this.Done(l["Operations.Saved", o.Number], "/Operations/Details", new { id = o.Id }),
            () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct) => (Units, Areas) = (await units.ListAsync(false, ct), await areas.ListAsync(ct));
}
