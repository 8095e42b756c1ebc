using System.Text.Json;

namespace Dajia.Web.Domain.Reporting;

/// <summary>A submission's figures and texts by indicator code; stored as JSON, compared by content.</summary>
public sealed record ReportValues(IReadOnlyDictionary<string, decimal> Numbers, IReadOnlyDictionary<string, string> Texts)
{
    public static readonly ReportValues Empty = new(new Dictionary<string, decimal>(), new Dictionary<string, string>());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public decimal? Number(string code) => Numbers.TryGetValue(code, out var n) ? n : null;

    public string? Text(string code) => Texts.TryGetValue(code, out var t) ? t : null;

    /// <summary>Sorted keys, so the same content is the same text (a resubmission of the same figures is no change).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored(
        new SortedDictionary<string, decimal>(Numbers.ToDictionary(), StringComparer.Ordinal),
        new SortedDictionary<string, string>(Texts.ToDictionary(), StringComparer.Ordinal)), Json);

    public static ReportValues FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return Empty;
        var s = JsonSerializer.Deserialize<Stored>(json, Json);
        return s is null ? Empty : new(s.Numbers ?? new(), s.Texts ?? new());
    }

    /// <summary>The codes whose value differs between two versions: what a 409 names, what the office sees changed.</summary>
    public IReadOnlyList<string> ChangedFrom(ReportValues other) =>
        Numbers.Keys.Union(other.Numbers.Keys).Where(k => Number(k) != other.Number(k))
            .Concat(Texts.Keys.Union(other.Texts.Keys).Where(k => Text(k) != other.Text(k)))
            .Order(StringComparer.Ordinal).ToList();

    private sealed record Stored(SortedDictionary<string, decimal>? Numbers, SortedDictionary<string, string>? Texts);
}
