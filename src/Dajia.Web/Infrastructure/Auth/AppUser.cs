using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Infrastructure.Auth;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Ids.Next();

    public string DisplayName { get; set; } = "";
    public Guid JurisdictionId { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }

    /// <summary>The unit a liaison speaks for; office users may belong to their office unit.</summary>
    public Guid? UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>A disabled account cannot sign in; it is kept so that history still names who did what.</summary>
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Ids.Next();

    public AppRole(string name) : this() => Name = name;
}
