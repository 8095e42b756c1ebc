using System.Text.Json;

namespace Dajia.Web.Infrastructure.Input;

/// <summary>
/// Input that breaks a rule of <see cref="InputRules"/>: a 400 with a Chinese message for the API (ErrorHandling) and
/// for pages (the error page). It derives from JsonException so that a JSON converter may throw it and the framework
/// still treats the body as bad; the handler then finds this type inside and words it.
/// </summary>
public sealed class InputRefusedException(string messageKey, params object[] args) : JsonException(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Args { get; } = args;

    /// <summary>The field or header refused (<c>If-Match</c>), named in the answer's <c>errors</c>; null when none is.</summary>
    public string? Field { get; init; }
}
