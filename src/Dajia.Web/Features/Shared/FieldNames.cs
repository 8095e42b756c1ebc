namespace Dajia.Web.Features.Shared;

/// <summary>
/// Length and required messages that name their field ("商品不能超过 64 个字"): a form's summary lists its messages
/// away from their inputs, where a bare "不能超过 64 个字" would not say which one.
/// </summary>
public static class FieldNames
{
    /// <summary>Each error of a field in <paramref name="labels"/> (field → resource key of its label), named.</summary>
    public static IEnumerable<FieldError> Named(this IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string> labels) =>
        errors.Select(e => labels.TryGetValue(e.Field, out var label) ? Name(e, new LocalizedKey(label)) : e);

    // Messages that say what is wrong but not where ("金额应为…"): the summary puts the field's name before them.
    private static readonly HashSet<string> Unnamed =
    [
        "Validation.Money", "Validation.IntRange", "Validation.Calendar.Date", "Validation.Case.Money", "Validation.Case.Count",
        "Validation.Enum",
    ];

    private static FieldError Name(FieldError e, LocalizedKey label) => e.MessageKey switch
    {
        "Validation.TooLong" => e with { MessageKey = "Validation.FieldTooLong", Args = [label, .. e.Args] },
        "Validation.Required" => e with { MessageKey = "Validation.FieldRequired", Args = [label] },
        _ when Unnamed.Contains(e.MessageKey) =>
            e with { MessageKey = "Validation.Field", Args = [label, new LocalizedKey(e.MessageKey, e.Args)] },
        _ => e,
    };
}
