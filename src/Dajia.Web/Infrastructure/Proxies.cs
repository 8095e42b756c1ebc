using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Dajia.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy, so the client's address and scheme must be read from
/// X-Forwarded-For and X-Forwarded-Proto — but only when the proxy is one the operator named. Anyone else could write
/// those headers and pass as a thousand clients (rate limits) or as HTTPS. Nothing configured: no header is believed.
/// </summary>
public static class Proxies
{
    public sealed record Settings(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks)
    {
        public bool Any => Proxies.Count > 0 || Networks.Count > 0;
    }

    /// <summary>Reads Dajia:Proxy:KnownProxies (addresses) and Dajia:Proxy:KnownNetworks (CIDR); a bad entry stops the start.</summary>
    public static Settings Read(IConfiguration config)
    {
        var section = config.GetSection("Dajia:Proxy");
        var proxies = Values(section.GetSection("KnownProxies")).Select(v => IPAddress.TryParse(v, out var a)
            ? a : throw new InvalidOperationException($"Dajia:Proxy:KnownProxies: '{v}' is not an IP address.")).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(v => IPNetwork.TryParse(v, out var n)
            ? n : throw new InvalidOperationException($"Dajia:Proxy:KnownNetworks: '{v}' is not a network like 10.0.0.0/8.")).ToList();
        return new Settings(proxies, networks);
    }

    public static IApplicationBuilder UseDajiaProxies(this IApplicationBuilder app, IConfiguration config)
    {
        var settings = Read(config);
        if (!settings.Any) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // No fixed hop count: entries are taken from the right while the sender is a known proxy, so whatever a client
            // wrote at the left of X-Forwarded-For is never reached.
            ForwardLimit = null,
        };
        // The framework trusts loopback by default; only what the operator named is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var p in settings.Proxies) options.KnownProxies.Add(p);
        foreach (var n in settings.Networks) options.KnownIPNetworks.Add(n);
        return app.UseForwardedHeaders(options);
    }

    /// <summary>A setting may be a list (appsettings.json array, Dajia__Proxy__KnownProxies__0) or one comma-separated string.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
        .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
