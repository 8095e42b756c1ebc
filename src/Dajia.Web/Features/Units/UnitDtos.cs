using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Units;

public sealed record LeaderDto(string? Name, string? Title, string? Mobile);

public sealed record LiaisonDto(
    Guid Id, LiaisonRole Role, string Name, Gender? Gender, string? Title, string? OfficePhone, string Mobile,
    string? Fax, string? Email, DateTimeOffset EffectiveFrom, DateTimeOffset? EffectiveTo, string RecordedBy)
{
    public static LiaisonDto From(Liaison l) => new(
        l.Id, l.Role, l.Name, l.Gender, l.Title, l.OfficePhone, l.Mobile, l.Fax, l.Email, l.EffectiveFrom, l.EffectiveTo, l.RecordedBy);
}

public sealed record UnitDto(
    Guid Id, string Code, string Name, string ShortName, UnitKind Kind, Guid JurisdictionId, string JurisdictionName,
    LeaderDto Leader, string? Address, int SortOrder, bool Active, LiaisonDto? Liaison, LiaisonDto? Deputy, int Version,
    IReadOnlyList<string> AllowedActions, string? DocumentPrefix = null) : Infrastructure.Access.IVersionedDto
{
    public static UnitDto From(Unit u, Infrastructure.Auth.CurrentUser user) => new(
        u.Id, u.Code, u.Name, u.ShortName, u.Kind, u.JurisdictionId, u.Jurisdiction?.Name ?? "",
        new LeaderDto(u.Leader.Name, u.Leader.Title, u.Leader.Mobile), u.Address, u.SortOrder, u.Active,
        u.Current(LiaisonRole.Primary) is { } p ? LiaisonDto.From(p) : null,
        u.Current(LiaisonRole.Deputy) is { } d ? LiaisonDto.From(d) : null, u.Version, UnitPermissions.Allowed(user, u),
        u.DocumentPrefix);
}

/// <summary>Body of PUT /api/units/{id}/liaison. Strings throughout so each bad field gets its own message.</summary>
public sealed record LiaisonInput(
    string? Name, string? Gender, string? Title, string? OfficePhone, string? Mobile, string? Fax, string? Email)
{
    public (LiaisonDetails Details, IReadOnlyList<FieldError> Errors) Parse()
    {
        var errors = new List<FieldError>();
        if (!LiaisonDetails.TryParseGender(Gender, out var gender)) errors.Add(new("gender", "Validation.Gender"));
        var details = new LiaisonDetails(Name ?? "", gender, Title, OfficePhone, Mobile ?? "", Fax, Email).Normalized();
        errors.AddRange(details.Validate());
        return (details, errors);
    }

    public static LiaisonInput From(LiaisonDetails d) =>
        new(d.Name, d.Gender?.ToString(), d.Title, d.OfficePhone, d.Mobile, d.Fax, d.Email);
}

/// <summary>Body of POST /api/units and PUT /api/units/{id}.</summary>
public sealed record UnitInput(
    string? Name, string? ShortName, string? Code, string? Kind, LeaderDto? Leader, string? Address, int? SortOrder,
    bool? Active, Guid? JurisdictionId)
{
    public (UnitDetails Details, IReadOnlyList<FieldError> Errors) Parse()
    {
        var errors = new List<FieldError>();
        var kind = UnitKind.Member;
        if (Kind is { Length: > 0 } k && !Infrastructure.Input.InputRules.TryParseEnum(k, out kind))
            errors.Add(new("kind", "Validation.Unit.Kind"));
        var leader = new LeaderInCharge(Leader?.Name, Leader?.Title, Leader?.Mobile);
        var details = new UnitDetails(Name ?? "", ShortName, Code ?? "", kind, leader, Address, SortOrder ?? 0, Active ?? true)
            .Normalized();
        errors.AddRange(details.Validate());
        return (details, errors);
    }
}
