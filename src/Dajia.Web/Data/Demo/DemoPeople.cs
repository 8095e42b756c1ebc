using Dajia.Web.Domain.Units;

namespace Dajia.Web.Data.Demo;

/// <summary>Generated people for demo data: plausible names and numbers, none of them the plan's real contacts.</summary>
public static class DemoPeople
{
    /// <summary>Each person once, with the gender their name is used with. Index i is the primary liaison of the i-th member
    /// unit (its account carries that name); 11 and 12 are deputies, 17 the 2017 市场监管 liaison who was replaced.</summary>
    private static readonly (string Name, Gender Gender)[] People =
    [
        ("陈志强", Gender.Male), ("李晓燕", Gender.Female), ("黄伟明", Gender.Male), ("梁嘉欣", Gender.Female),
        ("吴振华", Gender.Male), ("林美玲", Gender.Female), ("何俊杰", Gender.Male), ("郭丽娟", Gender.Female),
        ("张家豪", Gender.Male), ("罗秀英", Gender.Female), ("谢国平", Gender.Male), ("郑雅婷", Gender.Female),
        ("冯建新", Gender.Male), ("苏慧敏", Gender.Female), ("叶文杰", Gender.Male), ("曾宝仪", Gender.Female),
        ("邱海涛", Gender.Male), ("彭思琪", Gender.Female),
    ];

    private static readonly string[] Titles = ["综合股股长", "办公室主任", "科员", "副所长", "执法队员", "办事员"];

    public static LiaisonDetails Liaison(int i, string code) => new(
        People[i % People.Length].Name,
        People[i % People.Length].Gender,
        Titles[i % Titles.Length],
        $"0760-8711{2000 + i * 37:0000}",
        Mobile(i),
        i % 2 == 0 ? $"0760-8711{3000 + i * 41:0000}" : null,
        $"dy-{code}{(i > 10 ? i.ToString() : "")}@example.com");

    public static string Mobile(int i) => $"13{5 + i % 5}{(int)(23_456_789 + i * 1_234_567L % 76_543_210):00000000}";

    public static readonly (string Name, string Title)[] Leaders =
    [
        ("刘建国", "副镇长"), ("周海燕", "副镇长"), ("邓志明", "党委委员"),
    ];

    /// <summary>The account of the i-th member unit belongs to the unit's liaison: the same person, the same name. (The
    /// market office has not named its liaison yet: its account holder, 谢国平, is no one else in the town.)</summary>
    public static string UserDisplayName(int i) => People[i % People.Length].Name;
}
