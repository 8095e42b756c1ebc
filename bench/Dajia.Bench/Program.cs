using System.Diagnostics;
using Dajia.Web.Data.Calendar;
using Dajia.Web.Domain.Calendar;

/// <summary>Benchmarks print figures; nothing here asserts a time.
/// dotnet run -c Release --project bench/Dajia.Bench [calendar | entities [rows] | accesskey | uploads [unpacked MB]
/// | cases [sqlite|postgres] [cases] [clues] | reports [sqlite|postgres] [records]]</summary>
internal static class Bench
{
    private static async Task Main(string[] args)
    {
        switch (args.FirstOrDefault() ?? "calendar")
        {
            case "calendar": CalendarBench.Run(); break;
            case "entities": await EntityImportBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000); break;
            case "intake": await IntakeBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10, args.Length > 2 ? int.Parse(args[2]) : 32); break;
            case "accesskey": AccessKeyBench.Run(); break;
            case "search": await SearchBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000_000); break;
            case "cases":
                await CaseBench.RunAsync(args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2]) : 100_000,
                    args.Length > 3 ? int.Parse(args[3]) : 1_000_000);
                break;
            case "reports":
                await ReportBench.RunAsync(args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2]) : 1_000_000);
                break;
            case "uploads": UploadBench.Run(args.Length > 1 ? int.Parse(args[1]) : 3000); break;
            default:
                Console.Error.WriteLine(
                    "known benchmarks: calendar, entities [rows], intake [seconds] [clients], search [clues], cases [sqlite|postgres] [cases] [clues], reports [sqlite|postgres] [records], accesskey, uploads [unpacked MB]");
                break;
        }
    }
}

internal static class CalendarBench
{
    public static void Run()
    {
        var sw = Stopwatch.StartNew();
        var calendar = new WorkCalendar(OfficialCalendar.Days().Select(d => d.ToException()), OfficialCalendar.Notices().Select(n => n.Year));
        Console.WriteLine($"build calendar 2000–2109 from the shipped table: {sw.Elapsed.TotalMilliseconds:F1} ms");

        const int calls = 1_000_000;
        var random = new Random(20170919);
        var starts = new DateOnly[calls];
        var spans = new int[calls];
        for (var i = 0; i < calls; i++)
        {
            starts[i] = new DateOnly(2007, 1, 1).AddDays(random.Next(0, 365 * 20));
            spans[i] = random.Next(0, 400);
        }
        for (var round = 1; round <= 3; round++)
        {
            long checksum = 0;
            sw.Restart();
            for (var i = 0; i < calls; i++) checksum += calendar.AddWorkingDays(starts[i], spans[i]).Date.DayNumber;
            var add = sw.Elapsed;
            sw.Restart();
            for (var i = 0; i < calls; i++) checksum += calendar.WorkingDaysBetween(starts[i], starts[i].AddDays(spans[i]));
            var between = sw.Elapsed;
            Console.WriteLine($"round {round}: {calls:N0} AddWorkingDays in {add.TotalMilliseconds:F0} ms " +
                $"({add.TotalNanoseconds / calls:F0} ns/call); {calls:N0} WorkingDaysBetween in {between.TotalMilliseconds:F0} ms (checksum {checksum})");
        }
    }
}
