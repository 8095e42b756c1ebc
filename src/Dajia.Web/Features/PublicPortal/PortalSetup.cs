namespace Dajia.Web.Features.PublicPortal;

public static class PortalSetup
{
    public static IServiceCollection AddPublicPortal(this IServiceCollection services)
    {
        services.AddSingleton<PhotoHold>();
        services.AddScoped<PortalInfo>();
        services.AddScoped<AdditionService>();
        return services;
    }

    /// <summary>
    /// An address that is no page answers 404 — to the public too, with the Chinese page (/Error), rather than a sign-in
    /// page that suggests something is there. Pages for staff keep asking for a sign-in; /api keeps its 401 for strangers.
    /// </summary>
    public static WebApplication MapPortalFallback(this WebApplication app)
    {
        app.MapFallback("{**path:regex(^(?!api(/|$)))}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
