using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

/// <summary>
/// One look for a clock's state wherever people work: late is red, near or met late is amber, met on time is green, the
/// rest (running, stopped) is grey. A paused clock is never "near": it cannot run out while it stands still.
/// </summary>
public static class DeadlineBadges
{
    public static string For(DeadlineState? state, bool paused = false) => paused && state != DeadlineState.Overdue
        ? "Pending"
        : state switch
        {
            DeadlineState.Overdue => "Missing",
            DeadlineState.MetLate or DeadlineState.DueSoon => "Late",
            DeadlineState.MetOnTime => "OnTime",
            _ => "Pending",
        };
}
