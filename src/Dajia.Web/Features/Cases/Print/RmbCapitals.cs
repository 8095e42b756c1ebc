using System.Text;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// An amount in yuan written in capitals (大写) as on a penalty decision or a payment slip: 伍仟元整, 壹佰万零壹拾元整,
/// 壹元零伍分. 壹拾 keeps its 壹 (financial writing), and 整 follows an amount that ends in whole yuan.
/// </summary>
public static class RmbCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] InGroup = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    public static string Of(decimal yuan)
    {
        if (yuan < 0 || yuan >= 10_000_000_000_000_000m || decimal.Round(yuan, 2) != yuan)
            throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "0 to under 1京 yuan, to the fen");
        var whole = (long)decimal.Truncate(yuan);
        var fen = (int)((yuan - whole) * 100);
        var (jiao, cents) = (fen / 10, fen % 10);
        var text = new StringBuilder();
        if (whole > 0) text.Append(Whole(whole)).Append('元');
        if (jiao == 0 && cents == 0) return whole == 0 ? "零元整" : text.Append('整').ToString();
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        else if (whole > 0) text.Append('零');
        if (cents > 0) text.Append(Digits[cents]).Append('分');
        return text.ToString();
    }

    private static string Whole(long n)
    {
        var groups = new List<int>();
        for (; n > 0; n /= 10_000) groups.Add((int)(n % 10_000));
        var text = new StringBuilder();
        var zero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var value = groups[g];
            if (value == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            // A gap before this group (a whole empty group, or leading zeros inside it) is read as one 零.
            if (text.Length > 0 && (zero || value < 1000)) text.Append('零');
            text.Append(Group(value)).Append(Groups[g]);
            zero = false;
        }
        return text.ToString();
    }

    private static string Group(int value)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / (int)Math.Pow(10, place) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append('零');
            text.Append(Digits[digit]).Append(InGroup[place]);
            zero = false;
        }
        return text.ToString();
    }
}
