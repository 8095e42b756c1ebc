using System.Diagnostics;
using System.Security.Claims;
using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Features;

/// <summary>
/// Right after start, does once what the first user would otherwise wait for (6.6 s for the first sign-in on a cold
/// process): renders the public pages over loopback (the Razor and localization machinery), hashes a password and builds
/// the sign-in's queries, and runs the home page's, the clue list's and the hot spots' queries for a caller who sees
/// nothing. It reads and never writes; a step that fails is logged and the next one runs. Off with Dajia:WarmUp=false.
/// </summary>
public sealed class WarmUp(IServiceProvider services, IHostApplicationLifetime life, IConfiguration config, IServer server,
    ILogger<WarmUp> log) : BackgroundService
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has run (or was off); the number of steps that failed.</summary>
    public Task Completed => done.Task;

    public int Failures { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        try
        {
            if (!config.GetValue("Dajia:WarmUp", true)) return;
            var started = new TaskCompletionSource();
            await using (life.ApplicationStarted.Register(() => started.TrySetResult()))
                await started.Task.WaitAsync(stop);
            var clock = Stopwatch.StartNew();
            await PagesAsync(stop);
            await using (var scope = services.CreateAsyncScope())
                await QueriesAsync(scope.ServiceProvider, stop);
            log.LogInformation("Warm-up done in {Ms} ms ({Failures} steps failed)", clock.ElapsedMilliseconds, Failures);
        }
        catch (OperationCanceledException)
        {
            // Stopped while starting: nothing to warm.
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private async Task PagesAsync(CancellationToken ct)
    {
        if (Loopback() is not { } baseUri) return;
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var path in new[] { "/Account/Login", "/Report", "/Track" })
            await Step($"GET {path}", async () => (await http.GetAsync(path, ct)).Dispose());
    }

    private async Task QueriesAsync(IServiceProvider sp, CancellationToken ct)
    {
        // Scoped services read the caller from the HttpContext: a staff member of no town, so every query finds nothing.
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = Nobody(), RequestServices = sp };
        try
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var someone = new AppUser { Id = Guid.NewGuid(), UserName = "warm-up", SecurityStamp = Guid.NewGuid().ToString() };
            await Step("password hash", () =>
            {
                users.PasswordHasher.VerifyHashedPassword(someone, users.PasswordHasher.HashPassword(someone, "warm-up"), "warm-up");
                return Task.CompletedTask;
            });
            await Step("user by name", () => users.FindByNameAsync("warm-up.nobody"));
            // The claims read the user's jurisdiction: any stored one will do (an empty database has nothing to warm).
            someone.JurisdictionId = await sp.GetRequiredService<Data.AppDbContext>().Jurisdictions.Select(j => j.Id)
                .FirstOrDefaultAsync(ct);
            if (someone.JurisdictionId != Guid.Empty)
                await Step("sign-in claims", () => sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(someone));
            var today = ChinaTime.Today(sp.GetRequiredService<TimeProvider>());
            var clues = sp.GetRequiredService<ClueService>();
            await Step("clue list", () => clues.ListAsync(new ClueQuery(null, null, null, null, null, false, PageRequest.First), ct));
            await Step("clue search", () => clues.ListAsync(new ClueQuery("牛仔", null, null, null, null, false, PageRequest.First), ct));
            await Step("hot spots", () => sp.GetRequiredService<ClueInsightService>().HotSpotsAsync(today.AddYears(-1), today, ct));
            await Step("units", () => sp.GetRequiredService<Units.UnitService>().ListAsync(false, ct));
            await Step("liaison tables", () => sp.GetRequiredService<LiaisonTables.LiaisonTableService>().OverviewAsync(null, ct));
            await Step("plan", () => sp.GetRequiredService<Campaigns.CampaignService>().GetAsync(today.Year, ct));
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task Step(string name, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failures++;
            log.LogWarning(e, "Warm-up step {Step} failed; the first request that needs it will be slower", name);
        }
    }

    /// <summary>The server's own plain-HTTP address, with a wildcard host as loopback; null when it listens on none.</summary>
    private Uri? Loopback()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (address is null) return null;
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri;
    }

    private static ClaimsPrincipal Nobody() => new(new ClaimsIdentity(
    [
        new(ClaimTypes.NameIdentifier, Guid.Empty.ToString()), new(ClaimTypes.Name, "warm-up"),
        new(ClaimTypes.Role, Roles.OfficeStaff), new(DajiaClaims.Jurisdiction, Guid.Empty.ToString()),
        new(DajiaClaims.JurisdictionPath, "#warm-up#"),
    ], "warm-up"));
}
