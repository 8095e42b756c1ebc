/// <summary>The key-encryption key a production start requires: one beside each benchmark's database.</summary>
internal static class BenchKeys
{
    public static string For(string db)
    {
        var path = db + ".kek";
        if (!File.Exists(path)) Dajia.Web.Infrastructure.Keys.KeyEncryptionKey.CreateFile(path);
        return path;
    }
}
