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

    /// <summary>
    /// A message as every form shows it, in its summary too: one that does not say where (<see cref="Name"/>'s kinds:
    /// 此项必填, 不能超过 N 个字, 不能含有 HTML 标记, 金额应为…) gets the field's generic name, the resource
    /// <c>Field.&lt;name&gt;</c> of its last segment ("items[0].title" → <c>Field.title</c>): "标题：不能含有 HTML 标记".
    /// A field without one, and a message that says its field its own way, stay as they are; a page's own labels
    /// (<see cref="Named"/>) come first.
    /// </summary>
    public static string Labelled(FieldError e, IStringLocalizer l)
    {
        var name = e.Field[(e.Field.LastIndexOf('.') + 1)..];
        if (name.Length == 0) return e.Text(l);
        var key = "Field." + char.ToLowerInvariant(name[0]) + name[1..];
        return l[key].ResourceNotFound ? e.Text(l) : Name(e, new LocalizedKey(key)).Text(l);
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
