using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Dajia.Tests.Proxy;

/// <summary>
/// The app as a real process behind a real nginx with TLS, configured as docs/deploy/nginx-dajia.conf says. Clients
/// connect from different loopback addresses (127.0.0.2, .3, …), which nginx sees as different citizens.
/// </summary>
public sealed class ReverseProxyTests(ReverseProxyTests.Site site) : IClassFixture<ReverseProxyTests.Site>
{
    private const int PerMinute = 5;

    [Fact]
    public async Task Behind_the_proxy_each_client_has_its_own_public_limit_and_a_forged_address_does_not_reset_it()
    {
        using var citizen = site.ViaProxy("127.0.0.2");
        for (var i = 0; i < PerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Track(citizen, forgedFor: $"10.9.{i}.{i + 1}")).StatusCode);
        var limited = await Track(citizen, forgedFor: "10.8.7.6");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to try again");

        // Another phone behind the same proxy is not counted with the first.
        using var neighbour = site.ViaProxy("127.0.0.3");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Track(neighbour)).StatusCode);
    }

    [Fact]
    public async Task A_client_that_is_not_the_named_proxy_cannot_pass_as_others_by_writing_forwarded_headers()
    {
        using var direct = site.Direct("127.0.0.4");
        for (var i = 0; i < PerMinute; i++) await Track(direct, forgedFor: $"10.7.{i}.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Track(direct, forgedFor: "10.7.99.1")).StatusCode);
    }

    [Fact]
    public async Task Over_the_proxy_every_cookie_is_secure()
    {
        using var staff = site.ViaProxy("127.0.0.5", cookies: new CookieContainer());
        var form = await staff.GetAsync("/Account/Login");
        Assert.Contains(form.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));

        var signedIn = await staff.PostFormAsync("/Account/Login", [new("UserName", Site.Admin), new("Password", Site.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dajia.auth="));
        var language = await staff.GetAsync("/culture/en?returnUrl=/");
        Assert.All(
            [.. form.Headers.GetValues("Set-Cookie"), .. signedIn.Headers.GetValues("Set-Cookie"),
                .. language.Headers.GetValues("Set-Cookie")],
            c => Assert.True(Secure(c) || c.Contains("expires=Thu, 01 Jan 1970"), c)); // a deletion carries nothing

        // Directly over plain HTTP (no proxy, no TLS) the same cookie cannot be secure, or the browser would drop it.
        using var plain = site.Direct("127.0.0.6");
        var signedInPlain = await plain.PostFormAsync("/Account/Login", [new("UserName", Site.Admin), new("Password", Site.Password)]);
        Assert.DoesNotContain(signedInPlain.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dajia.auth=") && Secure(c));
    }

    private static bool Secure(string setCookie) =>
        setCookie.Split(';', StringSplitOptions.TrimEntries).Any(p => p.Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static Task<HttpResponseMessage> Track(HttpClient client, string? forgedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/reports/NOSUCHCODE");
        request.Headers.Add("X-Access-Key", "ABCDEFGH");
        if (forgedFor is not null) request.Headers.Add("X-Forwarded-For", forgedFor);
        return client.SendAsync(request);
    }

    /// <summary>One app (which names 127.0.0.1 as its proxy) and one nginx for the class.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public const string Admin = "proxy.admin";
        public const string Password = "Dy-proxy-2017-check";
        private readonly string file = Path.Combine(Path.GetTempPath(), $"dajia-proxy-{Guid.NewGuid():N}.db");
        private readonly int appPort = AppProcess.FreePort();
        private Process? app;
        private Nginx? nginx;

        public async Task InitializeAsync()
        {
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings__Dajia"] = $"Data Source={file}", ["Dajia__FileStore"] = file + ".files",
                ["Dajia__PublicRequestsPerMinute"] = PerMinute.ToString(), ["Dajia__Proxy__KnownProxies__0"] = "127.0.0.1",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{appPort}",
            };
            var created = await AppProcess.RunAsync(settings, "create-admin", "--user", Admin, "--password", Password);
            Assert.True(created.Code == 0, created.Output);
            app = Process.Start(AppProcess.Start(settings))!;
            using (var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}") })
                await AppProcess.UntilUpAsync(probe, app);
            nginx = await Nginx.StartAsync(appPort);
        }

        public HttpClient ViaProxy(string from, CookieContainer? cookies = null) =>
            Client(from, $"https://127.0.0.1:{nginx!.Port}", cookies);

        public HttpClient Direct(string from) => Client(from, $"http://127.0.0.1:{appPort}", new CookieContainer());

        private static HttpClient Client(string from, string address, CookieContainer? cookies) => new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            ConnectCallback = async (ctx, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                await socket.ConnectAsync(ctx.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        { BaseAddress = new Uri(address) };

        public async Task DisposeAsync()
        {
            if (nginx is not null) await nginx.DisposeAsync();
            if (app is not null)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
                app.Dispose();
            }
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
