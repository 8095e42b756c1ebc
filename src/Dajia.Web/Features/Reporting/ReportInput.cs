using System.Globalization;
using System.Text.Json;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Reporting;

/// <summary>A draft as sent: each indicator's value by code, a number or a text (a page sends numbers as text too).</summary>
public sealed record ReportDraftInput(Dictionary<string, JsonElement>? Values);

public sealed record ReturnInput(string? Reason);

public sealed record AllowLateInput(DateOnly? Until);

/// <summary>Reads a draft against its form: unknown codes, wrong kinds of value and out-of-range figures are field errors.</summary>
public static class ReportInput
{
    public const decimal MaxNumber = 1_000_000_000m;

    public static ReportValues Parse(FormDefinition form, ReportDraftInput input, List<FieldError> errors)
    {
        var numbers = new Dictionary<string, decimal>();
        var texts = new Dictionary<string, string>();
        foreach (var (code, value) in input.Values ?? [])
        {
            var field = $"values.{code}";
            if (form.Find(code) is not { } indicator)
            {
                errors.Add(new(field, "Report.UnknownIndicator"));
                continue;
            }
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            if (indicator.Type == IndicatorType.Text)
            {
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
                if (text is null) errors.Add(Named(field, indicator.Label, "Report.Validation.Text"));
                else if (InputRules.StoredLength(text) > FieldLengths.Description)
                    errors.Add(new(field, "Validation.FieldTooLong", indicator.Label, FieldLengths.Description));
                else if (text.Length > 0) texts[code] = text;
                continue;
            }
            if (Number(value) is not { } n) errors.Add(Named(field, indicator.Label, "Report.Validation." + indicator.Type));
            else if (n < 0 || n >= MaxNumber
                || (indicator.Type == IndicatorType.Count ? n != decimal.Truncate(n) : decimal.Round(n, 4) != n))
                errors.Add(Named(field, indicator.Label, "Report.Validation." + indicator.Type));
            else numbers[code] = n;
        }
        return new ReportValues(numbers, texts);
    }

    /// <summary>
    /// 出动执法人员：请填写不小于0的整数. Every message names its figure: the page's summary, the 提交前请核对 list and the API's
    /// ProblemDetails show it away from its input, where a bare 请填写不小于0的整数 does not say which of thirty.
    /// </summary>
    private static FieldError Named(string field, string label, string key) =>
        new(field, "Validation.Field", label, new LocalizedKey(key));

    private static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d : null,
        JsonValueKind.String when value.GetString()!.Trim() is { Length: > 0 and <= 20 } s
            && decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>
    /// The form's rules on a figure set: each number asked is there, and each printed rule holds. <paramref name="quarters"/>
    /// is the sum of the unit's four quarters (annual form), or null while not all four are in.
    /// </summary>
    public static List<FieldError> Check(FormDefinition form, ReportValues v, ReportValues? quarters)
    {
        var errors = form.Indicators.Where(i => i.Type != IndicatorType.Text && v.Number(i.Code) is null)
            .Select(i => new FieldError($"values.{i.Code}", "Validation.FieldRequired", i.Label)).ToList();
        foreach (var r in form.Rules)
        {
            if (v.Number(r.Left) is not { } left) continue;
            var label = form.Find(r.Left)?.Label ?? r.Left;
            if (r.Kind == FormRuleKind.AtMost && left > r.Right.Sum(c => v.Number(c) ?? 0))
                errors.Add(new($"values.{r.Left}", "Report.Rule.AtMost", label,
                    string.Join("＋", r.Right.Select(c => form.Find(c)?.Label ?? c))));
            if (r.Kind == FormRuleKind.QuartersAddUp && quarters?.Number(r.Left) is { } sum && sum != left)
                errors.Add(new($"values.{r.Left}", "Report.Rule.QuartersAddUp", label, sum));
        }
        return errors;
    }
}
