namespace Dajia.Web.Features.Shared;

/// <summary>A message argument worded from resources only when shown, in the reader's language.</summary>
public interface ILocalizedArgument
{
    string Text(IStringLocalizer l);
}

public static class LocalizedText
{
    /// <summary>A message key with its arguments, each argument that is itself a resource worded too.</summary>
    public static string Word(this IStringLocalizer l, string key, IEnumerable<object> args) =>
        l[key, args.Select(a => a is ILocalizedArgument x ? x.Text(l) : a).ToArray()];

    /// <summary>Items joined as the reader's language joins a list: 罚款、没收违法物品; "Fine, Confiscation of goods".</summary>
    public static string List(this IStringLocalizer l, IEnumerable<string> items) => string.Join(l["List.Separator"].Value, items);
}

/// <summary>A message used as another message's argument ("照片.png：证据只接受…"), worded when shown.</summary>
public sealed record LocalizedKey(string Key, params object[] Args) : ILocalizedArgument
{
    public string Text(IStringLocalizer l) => l.Word(Key, Args);
}
