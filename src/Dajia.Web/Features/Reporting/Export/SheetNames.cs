namespace Dajia.Web.Features.Reporting.Export;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
/// and unique in the book regardless of case (two units with the same short name get （2）).
/// </summary>
public sealed class SheetNames(params string[] taken)
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(taken, StringComparer.OrdinalIgnoreCase);

    public string Next(string wanted)
    {
        var clean = new string(wanted.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(ch))
            .ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = "单位";
        var name = Cut(clean, "");
        for (var n = 2; !_taken.Add(name); n++) name = Cut(clean, $"（{n}）");
        return name;
    }

    private static string Cut(string text, string suffix) =>
        (text.Length + suffix.Length > MaxLength ? text[..(MaxLength - suffix.Length)] : text) + suffix;
}
