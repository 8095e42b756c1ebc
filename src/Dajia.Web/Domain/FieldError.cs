namespace Dajia.Web.Domain;

/// <summary>A validation failure: the field (API name), a resource key for the message, and the message's arguments.</summary>
public sealed record FieldError(string Field, string MessageKey, params object[] Args);

public sealed class DomainException(string messageKey, params object[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Args { get; } = args;
}
