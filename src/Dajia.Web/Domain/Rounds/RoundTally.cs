namespace Dajia.Web.Domain.Rounds;

/// <summary>
/// Completeness and timeliness of one round, for any kind: how many units stand where (<see cref="RoundTimeliness"/>),
/// and the reporting and on-time rates over all the round's units. The 附件1 follow-up list, the report matrix and the
/// year view count with this, so they agree by construction.
/// </summary>
public sealed class RoundTally
{
    private readonly Dictionary<Timeliness, int> _counts;

    private RoundTally(IReadOnlyCollection<Timeliness?> units)
    {
        Units = units.Count;
        _counts = Enum.GetValues<Timeliness>().ToDictionary(t => t, t => units.Count(u => u == t));
    }

    /// <summary>Each unit of the round's timeliness (null: no due date, nothing filed).</summary>
    public static RoundTally Of(IEnumerable<Timeliness?> units) => new(units.ToList());

    public int Units { get; }

    public int Count(Timeliness t) => _counts[t];

    /// <summary>Filed at least once, on time or late.</summary>
    public int Submitted => Count(Timeliness.OnTime) + Count(Timeliness.Late);

    /// <summary>Percent of the units that filed, one decimal; null for a round without units.</summary>
    public decimal? ReportingRate => Rate(Submitted);

    /// <summary>Percent of the units that filed on time (or had no due date), one decimal.</summary>
    public decimal? OnTimeRate => Rate(Count(Timeliness.OnTime));

    private decimal? Rate(int n) => Units == 0 ? null : decimal.Round(100m * n / Units, 1);
}
