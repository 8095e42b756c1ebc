using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Domain.Rounds;

/// <summary>How a unit stands against its duty in a round. No value (null): no due date and nothing filed yet.</summary>
public enum Timeliness
{
    /// <summary>First submitted before the end of the due day (China time), or with no due date.</summary>
    OnTime,
    Late,

    /// <summary>Not submitted, not yet due.</summary>
    Pending,

    /// <summary>Not submitted and past due.</summary>
    Missing,
}

/// <summary>
/// The one place a unit's timeliness in any round is computed: from its <see cref="Deadline"/> (the one home for due
/// dates) and its first submission — later versions are resubmissions and do not move it. A duty ended (the unit left,
/// the plan dropped it) counts as none.
/// </summary>
public static class RoundTimeliness
{
    public static Timeliness? Of(Deadline? duty, DateTimeOffset? firstSubmittedAt, DateTimeOffset now)
    {
        var due = duty is { EndedAt: null } ? duty : null;
        if ((firstSubmittedAt ?? due?.MetAt) is { } first) return OfFiled(first, due);
        if (due is null) return null;
        return now >= due.DueAt ? Timeliness.Missing : Timeliness.Pending;
    }

    /// <summary>A filed unit: on time when first submitted before its due moment, late on or after it.</summary>
    public static Timeliness OfFiled(DateTimeOffset firstSubmittedAt, Deadline? duty) =>
        duty is { EndedAt: null } && firstSubmittedAt >= duty.DueAt ? Timeliness.Late : Timeliness.OnTime;
}
