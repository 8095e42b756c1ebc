using System.Security.Claims;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>The signed-in user as the claims describe them; scoped per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
    public string UserName => Principal.Identity?.Name ?? "";
    public string DisplayName => Principal.FindFirstValue(DajiaClaims.DisplayName) is { Length: > 0 } n ? n : UserName;
    public Guid JurisdictionId => Guid.TryParse(Principal.FindFirstValue(DajiaClaims.Jurisdiction), out var j) ? j : Guid.Empty;

    /// <summary>An unauthenticated caller gets a path that matches nothing.</summary>
    public string JurisdictionPath => Principal.FindFirstValue(DajiaClaims.JurisdictionPath) ?? "#";

    /// <summary>The user's jurisdiction is a root of the tree (it has no parent).</summary>
    public bool AtRoot => Principal.IsAtRoot();

    public Guid? UnitId => Guid.TryParse(Principal.FindFirstValue(DajiaClaims.Unit), out var u) ? u : null;

    public bool IsInRole(string role) => Principal.IsInRole(role);
    public bool IsAdmin => IsInRole(Roles.OfficeAdmin);
    public bool IsOffice => IsAdmin || IsInRole(Roles.OfficeStaff);
    public bool IsLiaison => IsInRole(Roles.UnitLiaison);
    public bool IsLeader => IsInRole(Roles.Leader);

    /// <summary>Name recorded on history rows: "王小明 (office.staff)".</summary>
    public string Signature => DisplayName == UserName ? UserName : $"{DisplayName} ({UserName})";
}
