using System.Text.Json;
using System.Text.Json.Serialization;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Domain.LiaisonTables;

/// <summary>One unit's lines of 附件1 as a submission keeps them: the unit, its leader in charge, liaison and deputy.</summary>
public sealed record LiaisonTableContent(string UnitName, LeaderInCharge Leader, LiaisonDetails? Primary, LiaisonDetails? Deputy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The unit's record now.</summary>
    public static LiaisonTableContent Of(Unit unit) =>
        new(unit.Name, unit.Leader, unit.Current(LiaisonRole.Primary)?.Details, unit.Current(LiaisonRole.Deputy)?.Details);

    /// <summary>
    /// The unit's record at <paramref name="at"/>, read from its liaison history: for submissions made before contents
    /// were kept. The leader in charge has no history, so it is today's.
    /// </summary>
    public static LiaisonTableContent AsOf(Unit unit, IEnumerable<Liaison> history, DateTimeOffset at)
    {
        var then = history.Where(l => l.UnitId == unit.Id && l.EffectiveFrom <= at && (l.EffectiveTo is null || l.EffectiveTo > at))
            .ToList();
        return new(unit.Name, unit.Leader, then.FirstOrDefault(l => l.Role == LiaisonRole.Primary)?.Details,
            then.FirstOrDefault(l => l.Role == LiaisonRole.Deputy)?.Details);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LiaisonTableContent? FromJson(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<LiaisonTableContent>(json, Json);

    /// <summary>The same people and numbers: what the liaison can change (a unit renamed by the office is not a change).</summary>
    public bool SameLiaisonsAs(LiaisonTableContent other) =>
        Leader == other.Leader && Primary == other.Primary && Deputy == other.Deputy;
}
