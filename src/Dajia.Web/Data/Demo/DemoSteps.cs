using System.Security.Claims;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Features.Clues;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Data.Demo;

/// <summary>A clock the demo sets to each moment of its story.</summary>
public sealed class DemoClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The app's own deadline services, run on the demo's clock and as the account that took each step, so the clocks a
/// 2017 step starts, meets or pauses carry the story's dates and people rather than the day the demo was seeded.
/// </summary>
public sealed class DemoSteps
{
    private readonly HttpContextAccessor http = new();

    public DemoSteps(IServiceProvider services)
    {
        var user = new CurrentUser(http);
        var deadlines = ActivatorUtilities.CreateInstance<DeadlineService>(services, Clock, user);
        Effects = ActivatorUtilities.CreateInstance<DeadlineEffects>(services, deadlines, Clock);
        Plans = ActivatorUtilities.CreateInstance<PlanDeadlines>(services, deadlines, Clock);
        Terms = ActivatorUtilities.CreateInstance<AssignmentTerms>(services, deadlines, Clock);
        Calendars = services.GetRequiredService<CalendarStore>();
    }

    public DemoClock Clock { get; } = new();
    public DeadlineEffects Effects { get; }
    public PlanDeadlines Plans { get; }
    public AssignmentTerms Terms { get; }
    public CalendarStore Calendars { get; }

    /// <summary>From now on the services act at <paramref name="at"/> as <paramref name="account"/>.</summary>
    public void As(DateTimeOffset at, string account)
    {
        Clock.Now = at;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account)], "demo");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }
}
