using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>
/// Refuses the passwords an attacker tries first (a bundled list of the most common ones, Chinese favourites included)
/// and the user name with digits or signs added. Length and character rules are Identity's own validator.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<AppUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var name = Letters(user.UserName ?? "");
        var refused = IsCommon(password) || name.Length >= 3 && Letters(password) == name;
        return Task.FromResult(refused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = l["Identity.PasswordTooCommon"] })
            : IdentityResult.Success);
    }

    /// <summary>"office.admin2017!" → "officeadmin": a user name with digits and signs around it is no secret.</summary>
    private static string Letters(string s) => new(s.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

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
