using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Features.Admin;

/// <summary>Accounts: only an OfficeAdmin manages them, and only inside their own jurisdiction's subtree.</summary>
public sealed class UserService(AppDbContext db, UserManager<AppUser> users, CurrentUser me, TimeProvider time, SessionStore sessions)
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.VisibleUsers(me)
            .Select(u => new { u, Jurisdiction = u.Jurisdiction!.Name, Unit = u.Unit!.Name })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        return rows.OrderBy(r => r.u.UserName, StringComparer.Ordinal).Select(r => new UserDto(
            r.u.Id, r.u.UserName!, r.u.DisplayName,
            roles.Where(x => x.UserId == r.u.Id).Select(x => x.Name!).Order().ToList(),
            r.u.JurisdictionId, r.Jurisdiction, r.u.UnitId, r.Unit, r.u.Disabled,
            r.u.LockoutEnd is { } end && end > now, r.u.CreatedAt, UserPermissions.Allowed(me, r.u.Id, r.u.Disabled))).ToList();
    }

    public async Task<UserDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(u => u.Id == id);

    public async Task<ServiceResult<UserDto>> CreateAsync(UserInput input, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceResult<UserDto>.Forbidden();
        var errors = input.Validate(creating: true).ToList();
        var (jurisdictionId, unitId) = await PlaceAsync(input, null, errors, ct);
        var user = new AppUser
        {
            UserName = input.UserName?.Trim(),
            DisplayName = input.DisplayName?.Trim() ?? "",
            JurisdictionId = jurisdictionId,
            UnitId = unitId,
            CreatedAt = time.GetUtcNow(),
        };
        // Identity's own checks (a taken or malformed account name, a weak password) join the rest, so one answer
        // names every field that needs fixing rather than one round at a time.
        await IdentityChecksAsync(user, input.Password, errors);
        if (errors.Count > 0) return ServiceResult<UserDto>.Invalid(errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded) return ServiceResult<UserDto>.Invalid(IdentityErrors(created));
        var roled = await users.AddToRolesAsync(user, input.Roles!);
        if (!roled.Succeeded) return ServiceResult<UserDto>.Invalid(IdentityErrors(roled));
        await tx.CommitAsync(ct);
        return ServiceResult<UserDto>.Ok((await GetAsync(user.Id, ct))!);
    }

    public async Task<ServiceResult<UserDto>> UpdateAsync(Guid id, UserInput input, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceResult<UserDto>.Forbidden();
        var user = await db.VisibleUsers(me).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return ServiceResult<UserDto>.NotFound();
        var errors = input.Validate(creating: false).ToList();
        var (jurisdictionId, unitId) = await PlaceAsync(input, user, errors, ct);
        if (user.Id == me.Id && !(input.Roles ?? []).Contains(Roles.OfficeAdmin)) errors.Add(new("roles", "Validation.User.KeepOwnAdmin"));
        if (errors.Count > 0) return ServiceResult<UserDto>.Invalid(errors);
        user.DisplayName = input.DisplayName!.Trim();
        user.JurisdictionId = jurisdictionId;
        user.UnitId = unitId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(input.Roles!));
        await users.AddToRolesAsync(user, input.Roles!.Except(current));
        // New claims (roles, unit) must reach cookies and tokens already handed out.
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return ServiceResult<UserDto>.Ok((await GetAsync(user.Id, ct))!);
    }

    public async Task<ServiceResult<UserDto>> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceResult<UserDto>.Forbidden();
        var user = await db.VisibleUsers(me).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return ServiceResult<UserDto>.NotFound();
        if (user.Id == me.Id) return ServiceResult<UserDto>.Conflict("Validation.User.NotSelf");
        user.Disabled = disabled;
        if (!disabled)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
        await users.UpdateSecurityStampAsync(user);
        if (disabled) await sessions.RevokeAllAsync(user.Id, ct: ct);
        return ServiceResult<UserDto>.Ok((await GetAsync(user.Id, ct))!);
    }

    public async Task<ServiceResult<UserDto>> ResetPasswordAsync(Guid id, string? newPassword, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceResult<UserDto>.Forbidden();
        var user = await db.VisibleUsers(me).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return ServiceResult<UserDto>.NotFound();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, newPassword ?? "");
            if (!check.Succeeded) return ServiceResult<UserDto>.Invalid(IdentityErrors(check, "newPassword"));
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword!);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user);
        // Whoever held the account's cookies and tokens held them with the old password.
        await sessions.RevokeAllAsync(user.Id, ct: ct);
        return ServiceResult<UserDto>.Ok((await GetAsync(user.Id, ct))!);
    }

    /// <summary>
    /// Where the user belongs. An absent choice keeps what the user has (a new user: the unit's jurisdiction, else the
    /// admin's own); a chosen unit brings its jurisdiction. Both must lie in the admin's subtree, and a user with a unit
    /// belongs to the unit's jurisdiction.
    /// </summary>
    private async Task<(Guid Jurisdiction, Guid? Unit)> PlaceAsync(UserInput input, AppUser? existing, List<FieldError> errors,
        CancellationToken ct)
    {
        var unitChosen = existing is null || input.UnitIdGiven;
        var unitId = unitChosen ? input.UnitId : existing!.UnitId;
        Guid? unitJurisdiction = null;
        if (unitId is { } id)
        {
            unitJurisdiction = await db.VisibleUnits(me)
                .Where(u => u.Id == id).Select(u => (Guid?)u.JurisdictionId).FirstOrDefaultAsync(ct);
            if (unitJurisdiction is null) errors.Add(new("unitId", "Validation.User.UnitUnknown"));
        }
        var jurisdictionId = input.JurisdictionId
            ?? (unitChosen && unitJurisdiction is { } fromUnit ? fromUnit : existing?.JurisdictionId ?? me.JurisdictionId);
        if (!await db.VisibleJurisdictions(me).AnyAsync(j => j.Id == jurisdictionId, ct))
            errors.Add(new("jurisdictionId", "Validation.Unit.Jurisdiction"));
        else if (unitJurisdiction is { } uj && uj != jurisdictionId)
            errors.Add(new("unitId", "Validation.User.UnitElsewhere"));
        if (unitId is null
            && (input.Roles ?? []).Contains(Roles.UnitLiaison)) errors.Add(new("unitId", "Validation.User.LiaisonNeedsUnit"));
        return (jurisdictionId, unitId);
    }

    private async Task IdentityChecksAsync(AppUser user, string? password, List<FieldError> errors)
    {
        if (!string.IsNullOrEmpty(user.UserName))
            foreach (var validator in users.UserValidators)
                if (await validator.ValidateAsync(users, user) is { Succeeded: false } r) errors.AddRange(IdentityErrors(r));
        if (!string.IsNullOrEmpty(password))
            foreach (var validator in users.PasswordValidators)
                if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } r)
                    errors.AddRange(IdentityErrors(r, "password"));
    }

    /// <summary>Identity's messages are already localised; a localiser returns an unknown key unchanged, so they pass through.</summary>
    private static IReadOnlyList<FieldError> IdentityErrors(IdentityResult r, string? field = null) =>
        r.Errors.Select(e => new FieldError(field ?? (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName"),
            e.Description)).ToList();
}
