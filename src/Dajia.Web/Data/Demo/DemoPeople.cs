using Dajia.Web.Domain.Units;

namespace Dajia.Web.Data.Demo;

/// <summary>Generated people for demo data: plausible names and numbers, none of them the plan's real contacts.</summary>
public static class DemoPeople
{
    private static readonly string[] Names =
    [
        "陈志强", "李晓燕", "黄伟明", "梁嘉欣", "吴振华", "林美玲", "何俊杰", "郭丽娟", "张家豪", "罗秀英",
        "谢国平", "郑雅婷", "冯建新", "苏慧敏", "叶文杰", "曾宝仪", "邱海涛", "彭思琪",
    ];

    private static readonly string[] Titles = ["综合股股长", "办公室主任", "科员", "副所长", "执法队员", "办事员"];

    public static LiaisonDetails Liaison(int i, string code) => new(
        Names[i % Names.Length],
        i % 3 == 1 ? Gender.Female : Gender.Male,
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

    public static string UserDisplayName(int i) => Names[(i + 7) % Names.Length];
}
