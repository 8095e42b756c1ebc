using System.Security.Claims;
using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>Puts the user's jurisdiction path and unit in the ticket so every scoped query needs no extra lookup.</summary>
public sealed class AppClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var path = await db.Jurisdictions.Where(j => j.Id == user.JurisdictionId).Select(j => j.Path).SingleAsync();
        identity.AddClaim(new(DajiaClaims.Jurisdiction, user.JurisdictionId.ToString()));
        identity.AddClaim(new(DajiaClaims.JurisdictionPath, path));
        identity.AddClaim(new(DajiaClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unitId) identity.AddClaim(new(DajiaClaims.Unit, unitId.ToString()));
        return identity;
    }
}

/// <summary>A disabled account is "not confirmed", so every sign-in path refuses it with NotAllowed.</summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.Disabled);
}
