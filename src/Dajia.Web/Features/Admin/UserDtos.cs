using System.Text.Json.Serialization;

namespace Dajia.Web.Features.Admin;

public sealed record UserDto(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid JurisdictionId, string JurisdictionName,
    Guid? UnitId, string? UnitName, bool Disabled, bool LockedOut, DateTimeOffset CreatedAt, IReadOnlyList<string> AllowedActions);

/// <summary>
/// Body of POST /api/users (password required) and PUT /api/users/{id} (password ignored). On PUT an absent
/// jurisdictionId or unitId keeps the user's own; "unitId": null takes them out of their unit.
/// </summary>
public sealed record UserInput
{
    private readonly Guid? _unitId;

    public string? UserName { get; init; }
    public string? DisplayName { get; init; }
    public string? Password { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public Guid? JurisdictionId { get; init; }

    public Guid? UnitId
    {
        get => _unitId;
        init => (_unitId, UnitIdGiven) = (value, true);
    }

    /// <summary>JSON calls the setter only for a property that is present, so "absent" and "null" differ.</summary>
    [JsonIgnore]
    public bool UnitIdGiven { get; private init; }

    public IReadOnlyList<FieldError> Validate(bool creating)
    {
        var errors = new List<FieldError>();
        if (creating && string.IsNullOrWhiteSpace(UserName)) errors.Add(new("userName", "Validation.User.NameRequired"));
        if (string.IsNullOrWhiteSpace(DisplayName)) errors.Add(new("displayName", "Validation.User.DisplayNameRequired"));
        else if (DisplayName.Trim().Length > FieldLengths.PersonName)
            errors.Add(new("displayName", "Validation.TooLong", FieldLengths.PersonName));
        if (creating && string.IsNullOrEmpty(Password)) errors.Add(new("password", "Validation.User.PasswordRequired"));
        var roles = Roles ?? [];
        if (roles.Count == 0) errors.Add(new("roles", "Validation.User.RoleRequired"));
        else if (roles.Any(r => !Domain.Roles.All.Contains(r))) errors.Add(new("roles", "Validation.User.RoleUnknown"));
        return errors;
    }
}

public sealed record ResetPasswordInput(string? NewPassword);
