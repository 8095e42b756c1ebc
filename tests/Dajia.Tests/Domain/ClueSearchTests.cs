using Dajia.Web.Domain.Clues;

namespace Dajia.Tests.Domain;

public sealed class ClueSearchTests
{
    [Fact]
    public void Stored_text_holds_every_pair_and_the_last_character_of_each_run()
    {
        Assert.Equal(" 卖运 运动 动鞋 鞋 nike 男鞋 鞋 ", ClueSearch.TextOf("卖运动鞋，Nike", "男鞋"));
        Assert.Equal(" 烟 ", ClueSearch.TextOf("烟"));
    }

    [Fact]
    public void A_query_is_pairs_and_words_and_a_lone_character_is_a_prefix()
    {
        Assert.Equal(["运动", "动鞋"], ClueSearch.QueryTokens("运动鞋"));
        Assert.Equal(["鞋", "nike"], ClueSearch.QueryTokens("鞋 NIKE"));
        Assert.True(ClueSearch.IsPrefix("鞋"));
        Assert.False(ClueSearch.IsPrefix("a"));
        Assert.False(ClueSearch.IsPrefix("运动"));
    }

    [Theory]
    [InlineData("假冒运动鞋")]
    [InlineData("鞋店门口")]
    [InlineData("一双鞋")]
    [InlineData("鞋")]
    public void Every_occurrence_of_a_character_starts_a_stored_token(string text)
    {
        var tokens = ClueSearch.TextOf(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(tokens, t => t.StartsWith('鞋'));
    }
}
