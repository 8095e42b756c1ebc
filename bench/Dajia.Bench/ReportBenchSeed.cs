using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Features.Clues;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What a unit's report prefills from, at scale: one operation with an inspection and one verified clue made by the
/// domain, one case with an exhibit made through the API, then each cloned (with its inspection, events or exhibit) a
/// quarter of N times in SQL, round-robin over the units, spread evenly over the ten years up to now.
/// </summary>
internal sealed class ReportBenchSeed(AppDbContext db, HttpClient staff, bool pg, Guid town, Guid[] units)
{
    private const int TenYears = 315_360_000;

    public async Task RunAsync(int records)
    {
        var each = records / 4;
        var step = TenYears / each;
        var now = DateTimeOffset.UtcNow.AddHours(-1);
        var kit = new CaseBenchSeed(db, pg);
        var area = await CaseBench.App.IdAsync(staff, "/api/key-areas", new { name = "岚田布业城", kind = "Market", years = new[] { 2017 } });
        var entity = await CaseBench.App.IdAsync(staff, "/api/entities", new { name = "岚田布业城1号摊", kind = "Stall", stallNumber = "A001" });

        var operation = new Operation(town, "XD-T-1", units[0],
            new OperationDetails(OperationKind.SpecialAction, "岚田布业城专项检查", now, area, 6, 2, null), "bench");
        operation.Inspect(entity, InspectionResult.NoProblem, null, now, "bench");
        var clue = new Clue(town, "XS-T-00001", ClueCodes.TrackingCode(), new ClueDetails(ClueKind.Report, ClueCategory.FakeBrand,
            ClueSource.Hotline, "牛仔裤", "某品牌", "岚田布业城1号摊", "岚田布业城", "来电反映岚田布业城有假冒牛仔裤出售", null, null), null, now, "bench");
        clue.SetAccess(AccessKeyHash.Hash(ClueCodes.AccessKey()), null, null, null);
        clue.Accept(now, "bench");
        clue.Assign(units[0], now, "bench");
        clue.Take(units[0], now, "bench");
        clue.Verify(VerificationResult.True, "经核查属实", null, now, "bench");
        db.AddRange(operation, clue);
        await db.SaveChangesAsync();
        var officers = new[]
        {
            await CaseBench.App.IdAsync(staff, "/api/officers", new { unitId = units[0], name = "甲执法", certificateNumber = "A0" }),
            await CaseBench.App.IdAsync(staff, "/api/officers", new { unitId = units[0], name = "乙执法", certificateNumber = "B0" }),
        };
        var caseId = await CaseBench.App.IdAsync(staff, "/api/cases", new
        {
            title = "销售假冒牛仔裤案", handlingUnitId = units[0], officerIds = officers, violationType = "SellingCounterfeitGoods",
            partyKind = "Entity", marketEntityId = entity, keyAreaId = area, facts = "当事人销售假冒某品牌牛仔裤120条",
            caseValue = 12000m, goodsValue = 36000m,
        });
        var exhibitResponse = await staff.PostAsJsonAsync($"/api/cases/{caseId}/exhibits",
            new { item = "假冒牛仔裤", quantity = 120m, unit = "Strip", value = 36000m, storagePlace = "仓库" });
        if (!exhibitResponse.IsSuccessStatusCode) throw new InvalidOperationException(await exhibitResponse.Content.ReadAsStringAsync());

        var unit = $"CASE s.n % {units.Length} " + string.Concat(units.Select((u, i) => $"WHEN {i} THEN {kit.Id(u)} ")) + "END";
        await kit.InsertAsync("Operations", each, $"t.\"Id\" = {kit.Id(operation.Id)}", new()
        {
            ["Number"] = kit.Pad("XD-B-", 7), ["LeadUnitId"] = unit, ["StartsAt"] = kit.ShiftTicks("StartsAt", step),
        });
        await ChildrenAsync("Inspections", "OperationId", "Operations", "XD-B-%", operation.Id, "StartsAt", ["InspectedAt"]);
        await kit.InsertAsync("Clues", each, $"t.\"Id\" = {kit.Id(clue.Id)}", new()
        {
            ["Number"] = kit.Pad("XS-B-", 7), ["TrackingCode"] = kit.Pad("B", 10), ["AssignedUnitId"] = unit,
            ["ReceivedAt"] = kit.ShiftTicks("ReceivedAt", step),
        });
        await ChildrenAsync("ClueEvent", "ClueId", "Clues", "XS-B-%", clue.Id, "ReceivedAt", ["At"]);
        await kit.InsertAsync("Cases", each, $"t.\"Id\" = {kit.Id(caseId)}", new()
        {
            ["Number"] = kit.Pad("AJ-1999-", 7), ["Title"] = "t.\"Title\" || s.n", ["HandlingUnitId"] = unit,
            ["OpenedAt"] = kit.ShiftTicks("OpenedAt", step), ["OpenedOn"] = kit.ShiftDate("OpenedOn", step),
            // All but one in 37 closed two months after opening, so a quarter carries in what a town would.
            ["Status"] = "CASE WHEN s.n % 37 = 0 THEN t.\"Status\" ELSE 'Closed' END",
            ["ClosedOn"] = $"CASE WHEN s.n % 37 = 0 THEN NULL ELSE {ClosedOn(kit.ShiftDate("OpenedOn", step))} END",
        });
        await ChildrenAsync("Exhibits", "CaseId", "Cases", "AJ-1999-%", caseId, "OpenedAt", []);
        await kit.ExecAsync("ANALYZE");
    }

    private string ClosedOn(string opened) => pg ? $"{opened} + 60" : $"date({opened}, '+60 days')";

    /// <summary>Each clone gets its template's rows of <paramref name="table"/>, their times moved as far as the clone's.</summary>
    private async Task ChildrenAsync(string table, string parentKey, string parents, string like, Guid template, string at,
        string[] times)
    {
        var kit = new CaseBenchSeed(db, pg);
        var shift = $"(t.\"{at}\" - c.\"{at}\")";
        var overrides = new Dictionary<string, string> { ["Id"] = kit.NewId, [parentKey] = "c.\"Id\"" };
        foreach (var time in times) overrides[time] = $"e.\"{time}\" - {shift}";
        var columns = await kit.ColumnsAsync(table);
        var values = columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"e.\"{c}\"");
        await kit.ExecAsync($"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) "
            + $"SELECT {string.Join(",", values)} FROM \"{parents}\" c JOIN \"{parents}\" t ON t.\"Id\" = {kit.Id(template)} "
            + $"JOIN \"{table}\" e ON e.\"{parentKey}\" = t.\"Id\" WHERE c.\"Number\" LIKE '{like}'");
    }
}
