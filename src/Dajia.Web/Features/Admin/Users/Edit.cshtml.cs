using Dajia.Web.Domain;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.Admin.Users;

public sealed class UserForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
    public Guid? UnitId { get; set; }

    public UserInput ToInput() => new(UserName, DisplayName, Password, Roles, null, UnitId);
}

[Authorize(Roles = Domain.Roles.OfficeAdmin)]
public sealed class EditModel(UserService users, UnitService units, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public UserForm Form { get; set; } = new();
    public UserDto? Existing { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Existing is { } e) Form = new UserForm { DisplayName = e.DisplayName, Roles = [.. e.Roles], UnitId = e.UnitId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var r = id is null ? await users.CreateAsync(Form.ToInput(), ct) : await users.UpdateAsync(id.Value, Form.ToInput(), ct);
        return await FinishAsync(id, r, "Users.Saved", "Form", ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) =>
        await FinishAsync(id, await users.SetDisabledAsync(id, true, ct), "Users.DisabledDone", "", ct);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        await FinishAsync(id, await users.SetDisabledAsync(id, false, ct), "Users.EnabledDone", "", ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, string? newPassword, CancellationToken ct) =>
        await FinishAsync(id, await users.ResetPasswordAsync(id, newPassword, ct), "Users.ResetDone", "", ct);

    private async Task<IActionResult> FinishAsync(Guid? id, ServiceResult<UserDto> r, string okKey, string prefix, CancellationToken ct)
    {
        switch (r.Outcome)
        {
            case Outcome.NotFound: return NotFound();
            case Outcome.Forbidden: return Forbid();
            case Outcome.Ok:
                TempData["Flash"] = l[okKey].Value;
                return Redirect($"/Admin/Users/Edit/{r.Value!.Id}");
            case Outcome.Conflict:
                ModelState.AddModelError("", l[r.ConflictKey!]);
                break;
            default:
                // Field keys are left bare: the summary lists every message, which is what this form shows.
                foreach (var e in r.Errors!) ModelState.AddModelError(prefix + "." + e.Field, e.Text(l));
                break;
        }
        await LoadAsync(id, ct);
        if (Existing is { } existing && prefix.Length == 0)
            Form = new UserForm { DisplayName = existing.DisplayName, Roles = [.. existing.Roles], UnitId = existing.UnitId };
        return Page();
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Units = await units.ListAsync(includeInactive: false, ct);
        if (id is null) return true;
        Existing = await users.GetAsync(id.Value, ct);
        return Existing is not null;
    }
}
