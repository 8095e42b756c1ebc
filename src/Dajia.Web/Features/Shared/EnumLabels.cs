using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Dajia.Web.Features.Shared;

/// <summary>
/// The Chinese word for each enum value is the resource <c>&lt;EnumType&gt;.&lt;Value&gt;</c> (ClueStatus.Received =
/// 待受理). Pages show it, workbooks write it and read it back, and a bad value's message lists the choices with it.
/// </summary>
public static class EnumLabels
{
    private static readonly ResourceManager Resources = new("Dajia.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByLabel = new();

    public static string Key<T>(T value) where T : struct, Enum => $"{typeof(T).Name}.{value}";

    public static string Label<T>(T value, IStringLocalizer l) where T : struct, Enum => l[Key(value)];

    /// <summary>The Chinese label, for a workbook: the file is Chinese whatever the reader's language.</summary>
    public static string Chinese<T>(T value) where T : struct, Enum =>
        Resources.GetString(Key(value), CultureInfo.InvariantCulture) ?? value.ToString();

    /// <summary>A label back to its value (cells and forms in Chinese).</summary>
    public static bool TryParseLabel<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var labels = ByLabel.GetOrAdd(typeof(T), _ => System.Enum.GetValues<T>()
            .GroupBy(v => Chinese(v)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => (object)g.Single()));
        if (text is null || !labels.TryGetValue(text.Trim(), out var found)) return false;
        value = (T)found;
        return true;
    }

    /// <summary>"待受理 / 已受理待交办 / …", worded in the reader's language when shown (a label is accepted as input too).</summary>
    public static ChoiceList Choices<T>() where T : struct, Enum =>
        new(System.Enum.GetValues<T>().Select(v => (Key(v), v.ToString())).ToList());
}

/// <summary>A message argument that is itself worded from resources when the message is shown (<see
/// cref="Infrastructure.Problems"/>).</summary>
public sealed record ChoiceList(IReadOnlyList<(string Key, string Name)> Choices) : ILocalizedArgument
{
    // Only the words: an enum's code name never reaches a person (forms and the API both accept the label).
    public string Text(IStringLocalizer l) => string.Join(" / ", Choices.Select(c => l[c.Key].Value));

    public override string ToString() => string.Join(" / ", Choices.Select(c => c.Name));
}
