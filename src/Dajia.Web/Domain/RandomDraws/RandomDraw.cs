using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.RandomDraws;

/// <summary>
/// 双随机: entities and, for each, two officers drawn at random. The seed, both candidate lists and their hashes
/// are kept, so the draw can be re-run and checked at any time.
/// </summary>
public sealed class RandomDraw : AggregateRoot, IScoped<RandomDraw>
{
    public static Expression<Func<RandomDraw, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<RandomDrawItem> _items = [];

    private RandomDraw() { }

    public RandomDraw(Guid jurisdictionId, string title, string filter, int seed, IReadOnlyList<Guid> entities, IReadOnlyList<Guid> officers,
        IReadOnlyList<DrawPick> picks, DateTimeOffset at, string by)
    {
        (JurisdictionId, Title, Filter, Seed, DrawnAt, DrawnBy) = (jurisdictionId, title, filter, seed, at, by);
        (EntityCandidates, OfficerCandidates) = (DrawAlgorithm.Serialize(entities), DrawAlgorithm.Serialize(officers));
        (EntityListHash, OfficerListHash) = (DrawAlgorithm.Hash(entities), DrawAlgorithm.Hash(officers));
        var order = 1;
        foreach (var p in picks) _items.Add(new RandomDrawItem(Id, order++, p.EntityId, p.FirstOfficerId, p.SecondOfficerId));
    }

    public Guid JurisdictionId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The filter as the user chose it, for people to read.</summary>
    public string Filter { get; private set; } = "";
    public int Seed { get; private set; }
    public string EntityCandidates { get; private set; } = "";
    public string OfficerCandidates { get; private set; } = "";
    public string EntityListHash { get; private set; } = "";
    public string OfficerListHash { get; private set; } = "";
    public DateTimeOffset DrawnAt { get; private set; }
    public string DrawnBy { get; private set; } = "";
    public Guid? OperationId { get; private set; }
    public bool Published { get; private set; }
    public IReadOnlyList<RandomDrawItem> Items => _items;

    public void PlanAs(Guid operationId) => OperationId = operationId;

    public void Publish() => Published = true;
}

public sealed class RandomDrawItem : Entity
{
    private RandomDrawItem() { }

    internal RandomDrawItem(Guid drawId, int order, Guid entityId, Guid first, Guid second) =>
        (RandomDrawId, Order, EntityId, FirstOfficerId, SecondOfficerId) = (drawId, order, entityId, first, second);

    public Guid RandomDrawId { get; private set; }
    public int Order { get; private set; }
    public Guid EntityId { get; private set; }
    public Guid FirstOfficerId { get; private set; }
    public Guid SecondOfficerId { get; private set; }
}
