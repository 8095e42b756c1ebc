namespace Dajia.Web.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>
    /// The nearest due instant of the case's open, running (not paused) clocks; null when none runs. Derived, never set
    /// by a step: <c>Data/CaseNextDue</c> writes it from the stored clocks on every save that touches one of them, so the
    /// overdue view is one indexed <c>NextDueAt &lt; now</c>. A paused clock is left out (it is never late while it stands).
    /// </summary>
    public DateTimeOffset? NextDueAt { get; private set; }
}
