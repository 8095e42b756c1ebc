using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Data.Calendar;

/// <summary>The shipped table of State Council arrangements (made by scripts/convert-holiday-cn.py).</summary>
public static class OfficialCalendar
{
    public static IReadOnlyList<CalendarDay> Days() => Rows("official-days.tsv")
        .Select(r => new CalendarDay(DateOnly.ParseExact(r[0], "yyyy-MM-dd"), Enum.Parse<DayKind>(r[1]), r[2], int.Parse(r[3])))
        .ToList();

    public static IReadOnlyList<(int Year, string Papers)> Notices() => Rows("official-notices.tsv")
        .Select(r => (int.Parse(r[0]), r.Length > 1 ? r[1] : ""))
        .ToList();

    private static IEnumerable<string[]> Rows(string file)
    {
        using var stream = typeof(OfficialCalendar).Assembly.GetManifestResourceStream("Dajia.Calendar." + file)
            ?? throw new InvalidOperationException($"embedded {file} is missing");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) rows.Add(line.Split('\t'));
        return rows;
    }
}
