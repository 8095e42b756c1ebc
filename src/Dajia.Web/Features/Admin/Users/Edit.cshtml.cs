using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Admin.Users;

public sealed class UserForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
    public Guid? JurisdictionId { get; set; }
    public Guid? UnitId { get; set; }

    /// <summary>An empty unit choice means "no unit"; a form that did not send the field at all keeps the user's unit.</summary>
    public UserInput ToInput(bool unitSent)
    {
        var input = new UserInput
        {
            UserName = UserName, DisplayName = DisplayName, Password = Password, Roles = Roles, JurisdictionId = JurisdictionId,
        };
        return unitSent ? input with { UnitId = UnitId } : input;
    }

    public static UserForm Of(UserDto u) =>
        new() { DisplayName = u.DisplayName, Roles = [.. u.Roles], JurisdictionId = u.JurisdictionId, UnitId = u.UnitId };
}

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class EditModel(
    UserService users, UnitService units, JurisdictionService jurisdictions, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public UserForm Form { get; set; } = new();
    public UserDto? Existing { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>Only the admin's own subtree is offered: a user cannot be moved anywhere else.</summary>
    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = Existing is { } e ? UserForm.Of(e) : new UserForm { JurisdictionId = me.JurisdictionId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var input = Form.ToInput(unitSent: Request.Form.ContainsKey($"{nameof(Form)}.{nameof(UserForm.UnitId)}"));
        var r = id is null ? await users.CreateAsync(input, ct) : await users.UpdateAsync(id.Value, input, ct);
        return await FinishAsync(id, r, "Users.Saved", "Form", ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) =>
        await FinishAsync(id, await users.SetDisabledAsync(id, true, ct), "Users.DisabledDone", "", ct);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        await FinishAsync(id, await users.SetDisabledAsync(id, false, ct), "Users.EnabledDone", "", ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, string? newPassword, CancellationToken ct) =>
        await FinishAsync(id, await users.ResetPasswordAsync(id, newPassword, ct), "Users.ResetDone", "", ct);

    private async Task<IActionResult> FinishAsync(Guid? id, ServiceResult<UserDto> r, string okKey, string prefix, CancellationToken ct) =>
        await this.AnswerAsync(r, l, u => this.Done(l[okKey], "/Admin/Users/Edit", new { id = u.Id }), async () =>
        {
            await LoadAsync(id, ct);
            if (Existing is { } existing && prefix.Length == 0) Form = UserForm.Of(existing);
        }, prefix);

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Units = await units.ListAsync(includeInactive: false, ct);
        Jurisdictions = await jurisdictions.ListAsync(ct);
        if (id is null) return true;
        Existing = await users.GetAsync(id.Value, ct);
        return Existing is not null;
    }
}
