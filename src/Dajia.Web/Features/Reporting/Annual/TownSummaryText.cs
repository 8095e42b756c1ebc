using System.Globalization;
using System.Text;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>One line of the year's figures: this year, last year (null: no records of it), and the Chinese words comparing them.</summary>
public sealed record FigureLine(string Code, string Label, string Unit, decimal Value, decimal? LastYear, string Comparison);

/// <summary>
/// Drafts the town's annual summary in Chinese from <see cref="TownYear"/>, in the summary markup ("# " headings,
/// "- " items): what was done in each stage of the plan, the year's figures against last year's, the problems and next
/// steps the units wrote, and who did not file. Every word comes from the resources.
/// </summary>
public static class TownSummaryText
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static string Title(TownYear y, IStringLocalizer l) => l["TownSummary.Title", y.TownName, y.Year];

    /// <summary>The year's figures against last year's; none for a year with no records (nothing to set against anything).</summary>
    public static IReadOnlyList<FigureLine> Lines(TownYear y, IStringLocalizer l)
    {
        if (!y.Recorded) return [];
        var (f, p) = (y.Figures, y.LastYear);
        (string Code, decimal Now, decimal Last)[] rows =
        [
            ("Operations", f.Operations, p.Operations), ("CluesReceived", f.CluesReceived, p.CluesReceived),
            ("CluesVerified", f.CluesVerified, p.CluesVerified), ("CasesOpened", f.CasesOpened, p.CasesOpened),
            ("CasesClosed", f.CasesClosed, p.CasesClosed), ("Penalties", f.Penalties, p.Penalties),
            ("GoodsDestroyed", f.GoodsDestroyed, p.GoodsDestroyed), ("GoodsDestroyedValue", f.GoodsDestroyedValue, p.GoodsDestroyedValue),
            ("Transfers", f.Transfers, p.Transfers), ("PublicityEvents", f.PublicityEvents, p.PublicityEvents),
            ("MediaReports", f.MediaReports, p.MediaReports),
        ];
        return rows.Select(r =>
        {
            var unit = l["TownSummary.Unit." + r.Code].Value;
            return y.LastYearRecorded
                ? new FigureLine(r.Code, l["TownSummary.Metric." + r.Code], unit, r.Now, r.Last, Compare(r.Now, r.Last, unit, l))
                : new FigureLine(r.Code, l["TownSummary.Metric." + r.Code], unit, r.Now, null, l["TownSummary.NoLastYear"]);
        }).ToList();
    }

    /// <summary>增加 3 次，同比增长 33.3% / 减少 / 与上年持平 / 上年为零.</summary>
    public static string Compare(decimal now, decimal last, string unit, IStringLocalizer l)
    {
        var delta = now - last;
        if (delta == 0) return l["TownSummary.Same"];
        if (last == 0) return l["TownSummary.NoBase", N(delta), unit];
        var pct = N(decimal.Round(Math.Abs(delta) * 100m / last, 1));
        return delta > 0 ? l["TownSummary.Up", N(delta), unit, pct] : l["TownSummary.Down", N(-delta), unit, pct];
    }

    public static string N(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Draft(TownYear y, IStringLocalizer l)
    {
        if (!y.Recorded) return l["TownSummary.NoRecords", y.Year] + "\n";
        var t = new StringBuilder();
        var section = 0;
        string Heading(string key) => $"# {Numerals[section++]}、{l[key]}";
        t.AppendLine(y.PlanTitle is { } plan ? l["TownSummary.Intro", y.Year, plan] : l["TownSummary.IntroNoPlan", y.Year]).AppendLine();
        if (y.Stages.Count > 0)
        {
            t.AppendLine(Heading("TownSummary.Heading.Stages"));
            foreach (var (s, i) in y.Stages.Select((s, i) => (s, i)))
            {
                t.AppendLine($"## （{Numerals[i % Numerals.Length]}）{s.Name}（{D(s.From)}至{D(s.To)}）");
                t.AppendLine(l["TownSummary.Stage", s.Figures.Operations, s.Figures.CluesReceived, s.Figures.CluesVerified,
                    s.Figures.CasesOpened, s.Figures.Transfers]);
            }
            t.AppendLine();
        }
        if (y.LastYearRecorded)
        {
            t.AppendLine(Heading("TownSummary.Heading.Figures"));
            foreach (var line in Lines(y, l)) t.AppendLine($"- {line.Label}{N(line.Value)}{line.Unit}，{line.Comparison}。");
        }
        else
        {
            t.AppendLine(Heading("TownSummary.Heading.FiguresAlone")).AppendLine(l["TownSummary.NoLastYearNote", y.Year - 1]);
            foreach (var line in Lines(y, l)) t.AppendLine($"- {line.Label}{N(line.Value)}{line.Unit}。");
        }
        t.AppendLine();
        Words(t, Heading("TownSummary.Heading.Problems"), y.Problems, l["TownSummary.NoProblems"]);
        Words(t, Heading("TownSummary.Heading.NextSteps"), y.NextSteps, l["TownSummary.NoNextSteps"]);
        t.AppendLine(Heading("TownSummary.Heading.Filing"));
        var missing = y.Units.Where(u => !u.ReportSubmitted).Select(u => u.UnitName).ToList();
        t.AppendLine(l["TownSummary.Filed", y.Units.Count, y.Units.Count - missing.Count, y.Units.Count(u => u.SummarySubmitted)]);
        t.AppendLine(missing.Count == 0 ? l["TownSummary.AllFiled"] : l["TownSummary.NotFiled", string.Join("、", missing)]);
        return t.ToString().TrimEnd() + "\n";
    }

    private static void Words(StringBuilder t, string heading, IReadOnlyList<UnitWords> words, string none)
    {
        t.AppendLine(heading);
        if (words.Count == 0) t.AppendLine(none);
        foreach (var w in words) t.AppendLine($"- {w.UnitName}：{string.Join("；", w.Text.Split('\n', StringSplitOptions.TrimEntries
            | StringSplitOptions.RemoveEmptyEntries))}");
        t.AppendLine();
    }

    private static string D(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
