using System.Globalization;
using System.Text.RegularExpressions;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Shared;

/// <summary>A reporting period: a whole year or one of its quarters, with its first and last day.</summary>
public sealed partial record Period(int Year, int? Quarter = null)
{
    public DateOnly Start => new(Year, Quarter is { } q ? (q - 1) * 3 + 1 : 1, 1);

    public DateOnly End => Quarter is { } q ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    public static bool TryParse(string? text, out Period period)
    {
        period = new Period(0);
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < InputRules.MinYear or > InputRules.MaxYear) return false;
        int? quarter = m.Groups["q"].Success ? m.Groups["q"].Value[0] - '0' : null;
        period = new Period(year, quarter);
        return true;
    }

    public override string ToString() => Quarter is { } q ? $"{Year}Q{q}" : Year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-?[Qq](?<q>[1-4]))?$")]
    private static partial Regex Pattern();
}
