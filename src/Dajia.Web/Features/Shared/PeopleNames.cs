using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Features.Shared;

/// <summary>A person as a page names them: their name, and the account behind it (shown to administrators only).</summary>
public sealed record PersonName(string Name, string? Account)
{
    public static PersonName Of(Submitter s)
    {
        // Rows kept before names and accounts were stored apart hold a whole signature in both.
        if (s.Name == s.Account && PeopleNames.Parse(s.Name) is ({ } name, var account)) return new(name, account);
        return new(s.Name.Length > 0 ? s.Name : s.Account, s.Account);
    }
}

/// <summary>The names found for a page's "by" texts; a text not looked up is shown as it is.</summary>
public sealed class People(IReadOnlyDictionary<string, PersonName> found)
{
    public static readonly People None = new(new Dictionary<string, PersonName>());

    public PersonName Of(string? by) =>
        by is null ? new PersonName("", null) : found.TryGetValue(by, out var p) ? p : new PersonName(by, null);
}

/// <summary>
/// Turns what history rows store about who did something — a signature "何雪梅 (office.staff)", a bare account
/// "liaison.scjg" (older rows, demo data), "system" or "public" — into people's names, looking accounts up in the user
/// table once per page. Informants never appear here: public intake signs as "public".
/// </summary>
public sealed partial class PeopleNames(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public const string System = "system";
    public const string Public = "public";

    [GeneratedRegex(@"^(?<name>.+) \((?<account>[^()\s]+)\)$")]
    private static partial Regex SignatureRegex();

    public async Task<People> ResolveAsync(IEnumerable<string?> stored, CancellationToken ct = default)
    {
        var texts = stored.OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
        var parsed = texts.ToDictionary(t => t, Parse);
        var accounts = parsed.Values.Where(p => p.Name is null && p.Account is not null).Select(p => p.Account!).Distinct().ToList();
        // Naming who signed a record the reader already sees: the user's display name only, whatever their jurisdiction.
        var names = accounts.Count == 0
            ? []
            : await db.Users.Where(u => accounts.Contains(u.UserName!))
                .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        var found = new Dictionary<string, PersonName>();
        foreach (var (text, (name, account)) in parsed)
        {
            found[text] = text switch
            {
                System => new PersonName(l["People.System"], null),
                Public => new PersonName(l["Clues.ByPublic"], null),
                _ when name is not null => new PersonName(name, account),
                _ when account is not null && names.TryGetValue(account, out var n) && n.Length > 0 => new PersonName(n, account),
                _ => new PersonName(text, null),
            };
        }
        return new People(found);
    }

    /// <summary>"何雪梅 (office.staff)" → (何雪梅, office.staff); "office.staff" → (null, office.staff).</summary>
    public static (string? Name, string? Account) Parse(string text)
    {
        var m = SignatureRegex().Match(text);
        if (m.Success) return (m.Groups["name"].Value, m.Groups["account"].Value);
        return text.Any(char.IsWhiteSpace) ? (text, null) : (null, text);
    }
}

public static class SubmitterExtensions
{
    /// <summary>The signed-in user as a submission keeps them.</summary>
    public static Submitter AsSubmitter(this CurrentUser user) =>
        new(user.Id == Guid.Empty ? null : user.Id, user.UserName, user.DisplayName);
}
