using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dajia.Tests.Infrastructure;

/// <summary>The built app as a real process in Production, the way an operator runs it.</summary>
public static class AppProcess
{
    public static ProcessStartInfo Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            RedirectStandardInput = true
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dajia.Web.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // An operator configures a key-encryption key; a test that is about its absence says Dajia__Keys__File itself.
        start.Environment["Dajia__Keys__File"] = SharedKeyFile.Value;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return start;
    }

    private static readonly Lazy<string> SharedKeyFile = new(DajiaFactory.NewKeyFile);

    /// <summary>Runs to the end (a command, or a start that fails) and returns the exit code and everything printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var process = Process.Start(Start(settings, args))!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    public static async Task<HttpResponseMessage> UntilUpAsync(HttpClient client, Process process)
    {
        for (var i = 0; i < 150; i++)
        {
            if (process.HasExited) Assert.Fail("the app stopped: " + await process.StandardError.ReadToEndAsync());
            try
            {
                var r = await client.GetAsync("/healthz");
                if (r.IsSuccessStatusCode) return r;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the app did not answer /healthz within 30 s");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
