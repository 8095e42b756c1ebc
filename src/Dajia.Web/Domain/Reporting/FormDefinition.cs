using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dajia.Web.Domain.Reporting;

public enum IndicatorType
{
    /// <summary>A whole number of times, people, cases (次, 人次, 件).</summary>
    Count,

    /// <summary>Money in 万元 (up to four decimals: one yuan), or a quantity with decimals (米).</summary>
    Amount,

    Text,
}

public enum FormRuleKind
{
    /// <summary>The left indicator is at most the sum of the right ones (结案 ≤ 立案 + 上期结转).</summary>
    AtMost,

    /// <summary>A year's figure equals the sum of the unit's four quarters (annual form; checked once all four exist).</summary>
    QuartersAddUp,
}

/// <summary>One line of the form: a stable code, the words printed on the form, and where the system prefills it from.</summary>
public sealed record Indicator(string Code, string Label, string Unit, IndicatorType Type, string? Prefill = null);

public sealed record IndicatorBlock(string Code, string Label, IReadOnlyList<Indicator> Indicators);

/// <summary>A validation rule printed with the form, kept as data with its basis (like the deadline rules).</summary>
public sealed record FormRule(string Code, FormRuleKind Kind, string Left, IReadOnlyList<string> Right, string Basis);

/// <summary>What one version of a form asks: its blocks of indicators and its rules. Stored as JSON on the version.</summary>
public sealed record FormDefinition(IReadOnlyList<IndicatorBlock> Blocks, IReadOnlyList<FormRule> Rules)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IEnumerable<Indicator> Indicators => Blocks.SelectMany(b => b.Indicators);

    public Indicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FormDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<FormDefinition>(json, Json) ?? throw new InvalidOperationException("empty form definition");
}
