using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.RandomDraws;

/// <summary>Where a draw's seed came from: anyone checking a draw must be able to see whether a person chose it.</summary>
public enum SeedOrigin
{
    /// <summary>Drawn before the origin was recorded.</summary>
    Unrecorded,
    System,
    Staff,
}

/// <summary>What re-running a draw from its stored inputs showed.</summary>
public sealed record DrawCheck(bool ListsIntact, bool SameResult);

/// <summary>
/// 双随机: entities and, for each, two officers drawn at random. The seed, both candidate lists, the conflicts of
/// interest in force and their hashes are kept, so the draw can be re-run and checked at any time.
/// </summary>
public sealed class RandomDraw : AggregateRoot, IScoped<RandomDraw>
{
    public static Expression<Func<RandomDraw, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<RandomDrawItem> _items = [];

    private RandomDraw() { }

    public RandomDraw(Guid jurisdictionId, string title, string filter, int seed, SeedOrigin seedOrigin, IReadOnlyList<Guid> entities,
        IReadOnlyList<Guid> officers, IReadOnlySet<(Guid Officer, Guid Entity)> conflicts, IReadOnlyList<DrawPick> picks,
        DateTimeOffset at, string by)
    {
        (JurisdictionId, Title, Filter, Seed, SeedOrigin, DrawnAt, DrawnBy) = (jurisdictionId, title, filter, seed, seedOrigin, at, by);
        (EntityCandidates, OfficerCandidates) = (DrawAlgorithm.Serialize(entities), DrawAlgorithm.Serialize(officers));
        (EntityListHash, OfficerListHash) = (DrawAlgorithm.Hash(entities), DrawAlgorithm.Hash(officers));
        var (entitySet, officerSet) = (entities.ToHashSet(), officers.ToHashSet());
        var relevant = conflicts.Where(c => officerSet.Contains(c.Officer) && entitySet.Contains(c.Entity)).ToList();
        (ConflictPairs, ConflictListHash) = (DrawAlgorithm.SerializeConflicts(relevant), DrawAlgorithm.HashConflicts(relevant));
        var order = 1;
        foreach (var p in picks) _items.Add(new RandomDrawItem(Id, order++, p.MarketEntityId, p.FirstOfficerId, p.SecondOfficerId));
    }

    public Guid JurisdictionId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The filter as the user chose it, for people to read.</summary>
    public string Filter { get; private set; } = "";
    public int Seed { get; private set; }
    public SeedOrigin SeedOrigin { get; private set; }
    public string EntityCandidates { get; private set; } = "";
    public string OfficerCandidates { get; private set; } = "";
    public string EntityListHash { get; private set; } = "";
    public string OfficerListHash { get; private set; } = "";

    /// <summary>
    /// The conflicts between candidate officers and entities when the draw was made; null for draws made before they
    /// were kept. Conflicts declared later must not change what a re-run of this draw gives.
    /// </summary>
    public string? ConflictPairs { get; private set; }
    public string? ConflictListHash { get; private set; }
    public DateTimeOffset DrawnAt { get; private set; }
    public string DrawnBy { get; private set; } = "";
    public Guid? OperationId { get; private set; }
    public bool Published { get; private set; }
    public IReadOnlyList<RandomDrawItem> Items => _items;

    public void PlanAs(Guid operationId) => OperationId = operationId;

    public void Publish() => Published = true;

    /// <summary>
    /// Re-runs the draw from the stored seed, lists and conflicts and compares the picks with the stored ones. A draw
    /// from before conflicts were kept has only <paramref name="currentConflicts"/> to go on.
    /// </summary>
    public DrawCheck Check(IReadOnlySet<(Guid Officer, Guid Entity)> currentConflicts)
    {
        IReadOnlyList<Guid> entities, officers;
        IReadOnlySet<(Guid Officer, Guid Entity)> conflicts;
        try
        {
            (entities, officers) = (DrawAlgorithm.Parse(EntityCandidates), DrawAlgorithm.Parse(OfficerCandidates));
            conflicts = ConflictPairs is null ? currentConflicts : DrawAlgorithm.ParseConflicts(ConflictPairs);
        }
        catch (FormatException)
        {
            return new DrawCheck(false, false);
        }
        var intact = DrawAlgorithm.Hash(entities) == EntityListHash && DrawAlgorithm.Hash(officers) == OfficerListHash
            && (ConflictPairs is null || DrawAlgorithm.HashConflicts(conflicts) == ConflictListHash);
        var stored = _items.OrderBy(i => i.Order).Select(i => new DrawPick(i.MarketEntityId, i.FirstOfficerId, i.SecondOfficerId));
        try
        {
            return new DrawCheck(intact, DrawAlgorithm.Run(Seed, entities, officers, conflicts, _items.Count).SequenceEqual(stored));
        }
        catch (DomainException)
        {
            return new DrawCheck(intact, false);
        }
    }
}

public sealed class RandomDrawItem : Entity
{
    private RandomDrawItem() { }

    internal RandomDrawItem(Guid drawId, int order, Guid marketEntityId, Guid first, Guid second) =>
        (RandomDrawId, Order, MarketEntityId, FirstOfficerId, SecondOfficerId) = (drawId, order, marketEntityId, first, second);

    public Guid RandomDrawId { get; private set; }
    public int Order { get; private set; }
    public Guid MarketEntityId { get; private set; }
    public Guid FirstOfficerId { get; private set; }
    public Guid SecondOfficerId { get; private set; }
}
