using Dajia.Web.Domain.Cases;

namespace Dajia.Tests.Domain;

public sealed class CaseSearchTests
{
    [Fact]
    public void Terms_are_chinese_pairs_and_the_words_the_text_surely_starts()
    {
        string[] Terms(string q) => [.. CaseSearch.IndexTerms(q).Select(t => t.Text + (t.Prefix ? "*" : ""))];
        Assert.Equal(["牛仔", "仔裤", "裤案", "313*"], Terms("牛仔裤案313"));
        Assert.Equal(["鞋*"], Terms("鞋"));
        Assert.Equal(["2017*"], Terms("AJ-2017"));
        Assert.Equal(["鞋*"], Terms("Nike鞋"));
        Assert.Equal(["皮带", "nike", "鞋*"], Terms("皮带 NIKE 鞋"));
        Assert.Empty(Terms("17"));
        Assert.Empty(Terms("-"));
    }

    /// <summary>The list asks for the text itself as well, so the index may find more but must never miss a case.</summary>
    [Theory]
    [InlineData("AJ-2017-0007", "销售假冒Nike运动鞋案313")]
    [InlineData("AJ-2026-12345", "鞋店（岚田布业城A018号）销售三无皮带，货值3.5万元")]
    [InlineData("AJ-2018-0001", "当事人涉嫌假冒注册商标案")]
    public void Every_part_of_a_number_or_title_finds_its_case(string number, string title)
    {
        var stored = CaseSearch.TextOf(number, title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var text in new[] { number, title })
            for (var i = 0; i < text.Length; i++)
                for (var n = 1; i + n <= text.Length; n++)
                    foreach (var term in CaseSearch.IndexTerms(text.Substring(i, n)))
                    {
                        var found = term.Prefix ? stored.Any(s => s.StartsWith(term.Text, StringComparison.Ordinal))
                            : stored.Contains(term.Text);
                        Assert.True(found, $"{text.Substring(i, n)}: {term.Text}");
                    }
    }
}
