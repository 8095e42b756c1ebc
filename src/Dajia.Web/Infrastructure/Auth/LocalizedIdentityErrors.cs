using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>Identity's messages are English; these come from our resources.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private IdentityError E(string code, params object[] args) => new() { Code = code, Description = l["Identity." + code, args] };

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), userName ?? "");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch));
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), role);
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), role);
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure));
    public override IdentityError DefaultError() => E(nameof(DefaultError));
}
