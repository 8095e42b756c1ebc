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
        "Validation.Enum", "Validation.Markup", "Validation.Case.Note", "Validation.Transfer.Note", "Case.NoteRequired",
    ];

    // Messages that name their field already ("请填写说明" is not one of them: 说明 is the field's kind, not its name).
    private static readonly HashSet<string> SelfNamed =
        ["Validation.Field", "Validation.FieldTooLong", "Validation.FieldRequired", "Validation.Choose"];

    /// <summary>
    /// A message as a form's summary shows it: "案由：不能含有 HTML 标记". The field's generic name is the resource
    /// <c>Field.&lt;name&gt;</c> of its last segment ("items[0].name" → <c>Field.name</c>); a field without one, or a
    /// message that already says it, stays as it is. A page's own <see cref="Named"/> labels come first.
    /// </summary>
    public static string Labelled(FieldError e, IStringLocalizer l)
    {
        var text = e.Text(l);
        var name = e.Field[(e.Field.LastIndexOf('.') + 1)..];
        if (SelfNamed.Contains(e.MessageKey) || name.Length == 0) return text;
        var label = l["Field." + char.ToLowerInvariant(name[0]) + name[1..]];
        return label.ResourceNotFound || text.Contains(label.Value, StringComparison.Ordinal)
            ? text
            : l["Validation.Field", label.Value, text];
    }

    private static FieldError Name(FieldError e, LocalizedKey label) => e.MessageKey switch
    {
        "Validation.TooLong" => e with { MessageKey = "Validation.FieldTooLong", Args = [label, .. e.Args] },
        "Validation.Required" => e with { MessageKey = "Validation.FieldRequired", Args = [label] },
        _ when Unnamed.Contains(e.MessageKey) =>
            e with { MessageKey = "Validation.Field", Args = [label, new LocalizedKey(e.MessageKey, e.Args)] },
        _ => e,
    };
}
