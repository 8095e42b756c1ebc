using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>
/// Refuses the passwords an attacker tries first (a bundled list of the most common ones, Chinese favourites included)
/// and any password that contains the user name. Length and character rules are Identity's own validator.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<AppUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var name = user.UserName?.Trim().ToLowerInvariant() ?? "";
        var refused = IsCommon(password) || name.Length >= 3 && password.ToLowerInvariant().Contains(name, StringComparison.Ordinal);
        return Task.FromResult(refused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = l["Identity.PasswordTooCommon"] })
            : IdentityResult.Success);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Dajia.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim());
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
