using Dajia.Web.Domain;
using Dajia.Web.Domain.RandomDraws;

namespace Dajia.Tests.MarketEntities;

public sealed class DrawAlgorithmTests
{
    private static readonly Guid[] Entities = Enumerable.Range(0, 50).Select(_ => Guid.CreateVersion7()).ToArray();
    private static readonly Guid[] Officers = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToArray();

    [Fact]
    public void The_same_seed_and_lists_give_the_same_draw_whatever_order_the_lists_come_in()
    {
        var a = DrawAlgorithm.Run(42, Entities, Officers, new HashSet<(Guid, Guid)>(), 10);
        var b = DrawAlgorithm.Run(42, Entities.Reverse().ToArray(), Officers.Reverse().ToArray(), new HashSet<(Guid, Guid)>(), 10);
        Assert.Equal(a, b);
        Assert.NotEqual(a, DrawAlgorithm.Run(43, Entities, Officers, new HashSet<(Guid, Guid)>(), 10));
        Assert.Equal(DrawAlgorithm.Hash(Entities), DrawAlgorithm.Hash(Entities.Reverse()));
    }

    [Fact]
    public void Draws_are_spread_over_all_candidates()
    {
        var seen = new HashSet<Guid>();
        for (var seed = 0; seed < 200; seed++)
            foreach (var p in DrawAlgorithm.Run(seed, Entities, Officers, new HashSet<(Guid, Guid)>(), 5)) seen.Add(p.MarketEntityId);
        Assert.Equal(Entities.Length, seen.Count);
    }

    [Fact]
    public void A_conflicted_officer_is_never_sent_and_too_few_officers_is_refused()
    {
        var conflicts = Officers.Skip(1).Select(o => (o, Entities[0])).ToHashSet();
        conflicts.Remove((Officers[1], Entities[0]));
        for (var seed = 0; seed < 50; seed++)
        {
            var pick = DrawAlgorithm.Run(seed, Entities, Officers, conflicts, 50).Single(p => p.MarketEntityId == Entities[0]);
            Assert.Equal(new[] { Officers[0], Officers[1] }.Order(), new[] { pick.FirstOfficerId, pick.SecondOfficerId }.Order());
        }
        Assert.Throws<DomainException>(() => DrawAlgorithm.Run(1, Entities, Officers.Take(1).ToArray(), new HashSet<(Guid, Guid)>(), 1));
    }
}
