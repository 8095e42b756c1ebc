using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dajia.Tests.Infrastructure;

/// <summary>
/// A real nginx (Debian's package) serving docs/deploy/nginx-dajia.conf over TLS with a throwaway certificate, in front
/// of an app listening on <paramref name="appPort"/>. Ports and paths of the documented file are replaced, nothing else.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dir;

    public int Port { get; }

    private Nginx(Process process, string dir, int port) => (this.process, this.dir, Port) = (process, dir, port);

    public static async Task<Nginx> StartAsync(int appPort)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx not found: run scripts/install-test-deps.sh (apt-get install nginx-light)");
        var dir = Directory.CreateTempSubdirectory("dajia-nginx-").FullName;
        WriteCertificate(dir);
        var port = AppProcess.FreePort();
        var site = Replace(await File.ReadAllTextAsync(DocumentedConfig()),
            ("127.0.0.1:5000", $"127.0.0.1:{appPort}"), ("listen 443 ssl;", $"listen 127.0.0.1:{port} ssl;"),
            ("/etc/ssl/dajia/fullchain.pem", Path.Combine(dir, "cert.pem")), ("/etc/ssl/dajia/privkey.pem", Path.Combine(dir, "key.pem")));
        var temp = string.Join("\n", new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }
            .Select(t => $"    {t}_temp_path {Path.Combine(dir, t)};"));
        await File.WriteAllTextAsync(Path.Combine(dir, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log;
            events { worker_connections 64; }
            http {
                access_log off;
            {{temp}}
            {{site}}
            }
            """);
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", dir, "-c", Path.Combine(dir, "nginx.conf"), "-g", "daemon off;" }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var nginx = new Nginx(process, dir, port);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) Assert.Fail("nginx stopped: " + await process.StandardError.ReadToEndAsync());
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return nginx;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }
        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not listen within 10 s");
    }

    private static string DocumentedConfig()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var file = Path.Combine(d.FullName, "docs", "deploy", "nginx-dajia.conf");
            if (File.Exists(file)) return file;
        }
        throw new FileNotFoundException("docs/deploy/nginx-dajia.conf");
    }

    /// <summary>Each placeholder must be there: a change to the documented file that the test no longer runs fails here.</summary>
    private static string Replace(string text, params (string From, string To)[] pairs)
    {
        foreach (var (from, to) in pairs)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to);
        }
        return text;
    }

    private static void WriteCertificate(string dir)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(Path.Combine(dir, "cert.pem"), cert.ExportCertificatePem());
        File.WriteAllText(Path.Combine(dir, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(dir, recursive: true);
    }
}
