using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Units;

/// <summary>The form's flat shape; the API takes the same data as <see cref="UnitInput"/>.</summary>
public sealed class UnitForm
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Code { get; set; }
    public string Kind { get; set; } = nameof(UnitKind.Member);
    public Guid? JurisdictionId { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderTitle { get; set; }
    public string? LeaderMobile { get; set; }
    public string? Address { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The version the form was read at: saving over someone else's later change is refused.</summary>
    public int? Version { get; set; }
    public bool Active { get; set; } = true;

    public UnitInput ToInput() =>
        new(Name, ShortName, Code, Kind, new LeaderDto(LeaderName, LeaderTitle, LeaderMobile), Address, SortOrder, Active, JurisdictionId);

    public static UnitForm From(Unit u) => new()
    {
        Name = u.Name, ShortName = u.ShortName, Code = u.Code, Kind = u.Kind.ToString(), JurisdictionId = u.JurisdictionId,
        LeaderName = u.Leader.Name, LeaderTitle = u.Leader.Title, LeaderMobile = u.Leader.Mobile,
        Address = u.Address, SortOrder = u.SortOrder, Active = u.Active, Version = u.Version,
    };
}

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class EditModel(
    UnitService units, LiaisonService liaisons, JurisdictionService jurisdictions, CurrentUser me, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty] public UnitForm Form { get; set; } = new();
    public Guid? Id { get; private set; }
    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Jurisdictions = await jurisdictions.ListAsync(ct);
        if (id is null)
        {
            Form.JurisdictionId = Jurisdictions.LastOrDefault(j => j.Id == me.JurisdictionId)?.Id;
            return Page();
        }
        var unit = await liaisons.FindVisibleAsync(id.Value, ct);
        if (unit is null) return NotFound();
        Form = UnitForm.From(unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        // A value that did not bind (a sort order of "abc") already has its message: save nothing.
        var result = !ModelState.IsValid ? ServiceResult<Unit>.Invalid([])
            : id is null ? await units.CreateAsync(Form.ToInput(), ct)
            : await units.UpdateAsync(id.Value, Form.ToInput(), new Infrastructure.Access.Expected(Form.Version), ct);
        return await this.AnswerAsync(result, l, u => this.Done(l["Units.Saved"], "/Units/Details", new { id = u.Id }),
            async () => Jurisdictions = await jurisdictions.ListAsync(ct), "Form");
    }
}
