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

    private static FieldError Name(FieldError e, LocalizedKey label) => e.MessageKey switch
    {
        "Validation.TooLong" => e with { MessageKey = "Validation.FieldTooLong", Args = [label, .. e.Args] },
        "Validation.Required" => e with { MessageKey = "Validation.FieldRequired", Args = [label] },
        _ => e,
    };
}
