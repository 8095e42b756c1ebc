namespace Dajia.Web.Infrastructure.Keys;

/// <summary>The key that wraps new keys, and earlier ones still accepted for unwrapping while they are re-wrapped.</summary>
public sealed class KeyEncryptionKeys(KeyEncryptionKey current, IReadOnlyList<KeyEncryptionKey> previous)
{
    public KeyEncryptionKey Current { get; } = current;

    public IReadOnlyList<KeyEncryptionKey> Previous { get; } = previous;

    public KeyEncryptionKey? Find(string id) => Current.Id == id ? Current : Previous.FirstOrDefault(k => k.Id == id);
}
