using Dajia.Web.Domain;

namespace Dajia.Tests.Shared;

public sealed class IdsTests
{
    [Fact]
    public void Ids_made_one_after_another_sort_in_that_order_as_text_and_as_uuid_bytes()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.Next()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // SQLite keeps them as upper-case text, PostgreSQL as uuid bytes in RFC order: both must follow creation.
        var text = ids.Select(i => i.ToString().ToUpperInvariant()).ToList();
        Assert.Equal(text, text.Order(StringComparer.Ordinal));
        var bytes = ids.Select(i => Convert.ToHexString(i.ToByteArray(bigEndian: true))).ToList();
        Assert.Equal(bytes, bytes.Order(StringComparer.Ordinal));
        Assert.All(ids, i => Assert.Equal(7, i.Version));
        Assert.All(ids, i => Assert.Equal(0b10, i.Variant >> 2));
        var ms = DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(bytes[0][..12], 16));
        Assert.InRange(DateTimeOffset.UtcNow - ms, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }
}
