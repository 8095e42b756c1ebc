using Dajia.Web.Domain;
using Dajia.Web.Domain.Units;

namespace Dajia.Tests.Domain;

public sealed class LiaisonTests
{
    private static readonly DateTimeOffset T0 = new(2017, 9, 12, 2, 0, 0, TimeSpan.Zero);

    private static LiaisonDetails Person(string name, string mobile = "13800138000") =>
        new(name, Gender.Female, "科员", null, mobile, null, null);

    private static Unit NewUnit() => Unit.Create(Guid.CreateVersion7(),
        new UnitDetails("市场监管分局", null, "scjg", UnitKind.Member, LeaderInCharge.None, null, 0, true));

    [Fact]
    public void A_new_liaison_closes_the_previous_one_at_the_same_instant()
    {
        var unit = NewUnit();
        var first = unit.SetLiaison(LiaisonRole.Primary, Person("甲"), T0, "a")!;
        var second = unit.SetLiaison(LiaisonRole.Primary, Person("乙"), T0.AddDays(3), "b")!;
        Assert.Equal(T0.AddDays(3), first.EffectiveTo);
        Assert.Null(second.EffectiveTo);
        Assert.Same(second, unit.Current(LiaisonRole.Primary));
        Assert.Equal(2, unit.Liaisons.Count);
    }

    [Fact]
    public void The_same_details_again_are_not_a_change()
    {
        var unit = NewUnit();
        unit.SetLiaison(LiaisonRole.Primary, Person("甲"), T0, "a");
        Assert.Null(unit.SetLiaison(LiaisonRole.Primary, Person("甲"), T0.AddHours(1), "a"));
        Assert.Single(unit.Liaisons);
    }

    [Fact]
    public void Liaison_and_deputy_have_separate_histories()
    {
        var unit = NewUnit();
        unit.SetLiaison(LiaisonRole.Primary, Person("甲"), T0, "a");
        unit.SetLiaison(LiaisonRole.Deputy, Person("乙"), T0, "a");
        Assert.Equal("甲", unit.Current(LiaisonRole.Primary)!.Name);
        Assert.True(unit.EndLiaison(LiaisonRole.Deputy, T0.AddDays(1)));
        Assert.Null(unit.Current(LiaisonRole.Deputy));
        Assert.False(unit.EndLiaison(LiaisonRole.Deputy, T0.AddDays(2)));
        Assert.Equal("甲", unit.Current(LiaisonRole.Primary)!.Name);
    }

    [Fact]
    public void Validation_names_each_bad_field()
    {
        var errors = new LiaisonDetails("", null, new string('长', 65), "123", "", "abc", "x@").Validate();
        Assert.Equal(["name", "title", "mobile", "officePhone", "fax", "email"], errors.Select(e => e.Field));
        Assert.Empty(Person("甲").Validate());
    }

    [Theory]
    [InlineData("男", Gender.Male)]
    [InlineData("女", Gender.Female)]
    [InlineData("Female", Gender.Female)]
    [InlineData("m", Gender.Male)]
    [InlineData("", null)]
    public void Gender_reads_chinese_and_english(string text, Gender? expected)
    {
        Assert.True(LiaisonDetails.TryParseGender(text, out var g));
        Assert.Equal(expected, g);
    }

    [Fact]
    public void Unknown_gender_text_is_an_error() => Assert.False(LiaisonDetails.TryParseGender("未知", out _));
}
