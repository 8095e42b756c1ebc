using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// The 2017 Dayong campaign's people and units (reference/domain.md §6), with the 附件1 round of 2017 (due 19 Sep:
/// one unit late, one missing) and an open round for the current year, so every home page has something to show.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider time,
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection, IServiceProvider services, FileStore files)
{
    public const string Password = "Demo@2017";

    /// <summary>code, name, short name, index of the leader in charge.</summary>
    public static readonly (string Code, string Name, string Short, int Leader)[] MemberUnits =
    [
        ("scjg", "中山市市场监督管理局大涌分局", "市场监管分局", 0),
        ("ga", "中山市公安局大涌分局", "公安分局", 1),
        ("zhzf", "大涌镇综合行政执法局", "综合执法局", 0),
        ("jkj", "大涌镇经济和科技信息局", "经科局", 2),
        ("xcb", "大涌镇党委宣传办", "宣传办", 2),
        ("ajb", "大涌镇安全生产监督管理办公室", "安监办", 0),
        ("sw", "国家税务总局中山市税务局大涌税务分局", "税务分局", 2),
        ("yc", "中山市烟草专卖局大涌烟草专卖管理所", "烟草所", 1),
        ("sfs", "大涌镇司法所", "司法所", 1),
        ("ltsq", "大涌镇岚田社区居民委员会", "岚田社区", 0),
        ("ltbyc", "岚田布业城市场管理处", "布业城管理处", 0),
    ];

    public const string RootAdmin = "root.admin";

    public const string LateUnit = "yc";
    public const string MissingUnit = "ltbyc";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        AuditInterceptor.ActorOverride.Value = AuditActor.Tool("demo");
        try
        {
            var province = Jurisdiction.Create("广东省", JurisdictionLevel.Province, null);
            var city = Jurisdiction.Create("中山市", JurisdictionLevel.City, province);
            var town = Jurisdiction.Create("大涌镇", JurisdictionLevel.Town, city);
            db.Jurisdictions.AddRange(province, city, town);
            var office = Unit.Create(town.Id, new UnitDetails("大涌镇打假办", "镇打假办", "djb", UnitKind.Office,
                new LeaderInCharge("刘建国", "副镇长", DemoPeople.Mobile(90)), "中山市大涌镇大涌大道", 0, true));
            db.Add(office);
            var units = MemberUnits.Select((m, i) => Unit.Create(town.Id, new UnitDetails(m.Name, m.Short, m.Code, UnitKind.Member,
                new LeaderInCharge(DemoPeople.Leaders[m.Leader].Name, DemoPeople.Leaders[m.Leader].Title, DemoPeople.Mobile(80 + m.Leader)),
                null, (i + 1) * 10, true))).ToList();
            db.AddRange(units);
            Seed2017(town, units);
            SeedCurrentYear(town, units);
            var (area, stalls) = DemoEntities.Seed(db, town, protection);
            var operations = DemoOperations.Seed(db, town, office, units, area, stalls);
            var scjg = units.Single(u => u.Code == "scjg");
            scjg.SetDocumentPrefix("中市监大涌");
            // The clues' steps start and meet their clocks as they go, on 2017's days (DemoClueKit).
            var steps = new DemoSteps(services);
            var clues = await DemoClues.SeedAsync(db, steps, town, scjg, units.Single(u => u.Code == "ga"), protection, time.GetUtcNow(),
                area, stalls);
            var plans = DemoCampaigns.Seed(db, town, area, ChinaTime.Today(time), ChinaTime.Today(time).AddDays(14));
            await db.SaveChangesAsync(ct);
            // The plans' dates become each unit's deadlines (submissions already made count as met) once the units are stored,
            // started on the day each plan was issued: 2017's clocks are 2017's.
            foreach (var plan in plans)
            {
                steps.As(plan.Year == 2017 ? ChinaTime.StartOf(plan.IssuedOn!.Value).AddHours(10) : time.GetUtcNow(), "office.staff");
                await steps.Plans.SyncAsync(plan, null, ct);
            }
            await db.SaveChangesAsync(ct);
            await DemoCases.SeedAsync(db, steps, files, scjg, area, stalls, clues, operations, time.GetUtcNow());
            await DemoReports.SeedAsync(db, town, units, await steps.Calendars.GetAsync(ct), time.GetUtcNow(), ct);
            if (ChinaTime.Today(time).Year > DemoTownSummary.Year)
                await DemoTownSummary.SeedAsync(db, town, services.GetRequiredService<IStringLocalizer<SharedResource>>(), ct);
            await SeedUsersAsync(province, town, office, units);
        }
        finally
        {
            AuditInterceptor.ActorOverride.Value = null;
        }
    }

    private static DateTimeOffset China(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, ChinaTime.Offset);

    private void Seed2017(Jurisdiction town, List<Unit> units)
    {
        var table = new LiaisonTable(town.Id, 2017);
        db.Add(table);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Code == MissingUnit) continue;
            var given = China(2017, 9, 12 + i % 6);
            if (unit.Code == "scjg")
            {
                // A liaison replaced mid-campaign, so the history has something to show.
                unit.SetLiaison(LiaisonRole.Primary, DemoPeople.Liaison(17, unit.Code), China(2017, 7, 3), "office.staff");
                given = China(2017, 9, 15);
            }
            unit.SetLiaison(LiaisonRole.Primary, DemoPeople.Liaison(i, unit.Code), given, "liaison." + unit.Code);
            if (unit.Code is "scjg" or "ga")
                unit.SetLiaison(LiaisonRole.Deputy, DemoPeople.Liaison(i + 11, unit.Code), given, "liaison." + unit.Code);
            var submitted = unit.Code == LateUnit ? China(2017, 9, 21, 16) : given.AddHours(2);
            table.Submit(unit.Id, submitted, LiaisonOf(unit), SubmissionChannel.Online, LiaisonTableContent.Of(unit));
        }
    }

    /// <summary>The current year's round is open (the plan makes it due two weeks from today); the first few units have
    /// confirmed.</summary>
    private void SeedCurrentYear(Jurisdiction town, List<Unit> units)
    {
        var today = ChinaTime.Today(time);
        if (today.Year == 2017) return;
        var table = new LiaisonTable(town.Id, today.Year);
        db.Add(table);
        foreach (var unit in units.Take(4))
            table.Submit(unit.Id, time.GetUtcNow().AddDays(-2), LiaisonOf(unit), SubmissionChannel.Online, LiaisonTableContent.Of(unit));
    }

    /// <summary>The unit's liaison, signed in with the unit's liaison account, submits its table.</summary>
    private static Submitter LiaisonOf(Unit unit) => new(null, "liaison." + unit.Code, unit.Current(LiaisonRole.Primary)?.Name ?? "");

    /// <summary>The town's people, and a root admin at the province who keeps the national calendar and rules.</summary>
    private async Task SeedUsersAsync(Jurisdiction province, Jurisdiction town, Unit office, List<Unit> units)
    {
        var now = time.GetUtcNow();
        var people = new List<(string UserName, string Display, string Role, Guid? Unit, Guid Jurisdiction)>
        {
            (RootAdmin, "省打假办系统管理员", Roles.OfficeAdmin, null, province.Id),
            ("office.admin", "黄志远", Roles.OfficeAdmin, office.Id, town.Id),
            ("office.staff", "何雪梅", Roles.OfficeStaff, office.Id, town.Id),
            ("leader", "刘建国", Roles.Leader, null, town.Id),
        };
        people.AddRange(
            units.Select((u, i) => ("liaison." + u.Code, DemoPeople.UserDisplayName(i), Roles.UnitLiaison, (Guid?)u.Id, town.Id)));
        foreach (var p in people)
        {
            var user = new AppUser
            {
                UserName = p.UserName, DisplayName = p.Display, JurisdictionId = p.Jurisdiction, UnitId = p.Unit,
                CreatedAt = now
            };
            var result = await users.CreateAsync(user, Password);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, p.Role);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
