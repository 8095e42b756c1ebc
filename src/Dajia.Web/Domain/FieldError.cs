namespace Dajia.Web.Domain;

/// <summary>A validation failure: the field (API name) and a resource key for the message.</summary>
public sealed record FieldError(string Field, string MessageKey);

public sealed class DomainException(string messageKey, params object[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Args { get; } = args;
}
