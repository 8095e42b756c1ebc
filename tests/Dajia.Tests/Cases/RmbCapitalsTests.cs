using Dajia.Web.Features.Cases.Print;

namespace Dajia.Tests.Cases;

/// <summary>Amounts in capitals as a penalty decision writes them.</summary>
public sealed class RmbCapitalsTests
{
    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.5", "伍角")]
    [InlineData("1.05", "壹元零伍分")]
    [InlineData("1.5", "壹元伍角")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("101", "壹佰零壹元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1001", "壹仟零壹元整")]
    [InlineData("5000", "伍仟元整")]
    [InlineData("36000", "叁万陆仟元整")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("105000", "壹拾万伍仟元整")]
    [InlineData("1000010", "壹佰万零壹拾元整")]
    [InlineData("10000001", "壹仟万零壹元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    // A group's trailing zeros need no 零 (支付结算办法 allows 壹拾万柒仟 as well as 壹拾万零柒仟).
    [InlineData("120003000.4", "壹亿贰仟万叁仟元肆角")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("10000000000", "壹佰亿元整")]
    public void Writes_the_capitals(string yuan, string expected) =>
        Assert.Equal(expected, RmbCapitals.Of(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-1")]
    [InlineData("0.001")]
    public void Refuses_what_no_decision_can_say(string yuan) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RmbCapitals.Of(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
}
