using Dajia.Web.Domain;

namespace Dajia.Web.Features.Admin;

public sealed record UserDto(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid JurisdictionId, string JurisdictionName,
    Guid? UnitId, string? UnitName, bool Disabled, bool LockedOut, DateTimeOffset CreatedAt);

/// <summary>Body of POST /api/users (password required) and PUT /api/users/{id} (password ignored).</summary>
public sealed record UserInput(
    string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, Guid? JurisdictionId, Guid? UnitId)
{
    public IReadOnlyList<FieldError> Validate(bool creating)
    {
        var errors = new List<FieldError>();
        if (creating && string.IsNullOrWhiteSpace(UserName)) errors.Add(new("userName", "Validation.User.NameRequired"));
        if (string.IsNullOrWhiteSpace(DisplayName)) errors.Add(new("displayName", "Validation.User.DisplayNameRequired"));
        else if (DisplayName.Trim().Length > 32) errors.Add(new("displayName", "Validation.TooLong32"));
        if (creating && string.IsNullOrEmpty(Password)) errors.Add(new("password", "Validation.User.PasswordRequired"));
        var roles = Roles ?? [];
        if (roles.Count == 0) errors.Add(new("roles", "Validation.User.RoleRequired"));
        else if (roles.Any(r => !Domain.Roles.All.Contains(r))) errors.Add(new("roles", "Validation.User.RoleUnknown"));
        if (roles.Contains(Domain.Roles.UnitLiaison) && UnitId is null) errors.Add(new("unitId", "Validation.User.LiaisonNeedsUnit"));
        return errors;
    }
}

public sealed record ResetPasswordInput(string? NewPassword);
