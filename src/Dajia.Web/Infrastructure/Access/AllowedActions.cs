namespace Dajia.Web.Infrastructure.Access;

/// <summary>The <c>allowedActions</c> of a detail answer: the actions a permissions object says yes to, by API name.</summary>
public static class AllowedActions
{
    /// <summary>Names in camel case (<c>removeInspection</c>) unless the area names its actions itself.</summary>
    public static List<string> Of<TAction>(Func<TAction, bool> may, Func<TAction, string>? name = null) where TAction : struct, Enum =>
        Enum.GetValues<TAction>().Where(may).Select(name ?? CamelCase).ToList();

    private static string CamelCase<TAction>(TAction action) where TAction : struct, Enum =>
        action.ToString() is var s ? char.ToLowerInvariant(s[0]) + s[1..] : "";
}
