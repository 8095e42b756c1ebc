using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dajia.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using SkiaSharp;

namespace Dajia.Tests.Data;

/// <summary>Kestrel's own body limit only exists in a real process: the in-memory test server has none.</summary>
public sealed class RequestLimitProcessTests
{
    [Fact]
    public async Task Kestrel_takes_five_10_MB_photos_in_one_report_and_says_413_in_chinese_above_the_limit()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dajia-limit-{Guid.NewGuid():N}.db");
        var port = FreePort();
        using var process = Process.Start(AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Dajia"] = $"Data Source={file}", ["Dajia__FileStore"] = file + ".files",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        }))!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            await UntilUpAsync(client, process);
            var form = new MultipartFormDataContent
            {
                { new StringContent("Report"), "kind" }, { new StringContent("有人卖假冒名牌运动鞋"), "description" },
            };
            for (var i = 0; i < 5; i++)
            {
                var photo = new byte[FileStore.MaxImageBytes]; // a real photo padded after its end marker to the most the form allows
                TestImages.Encode(100 + i, 80, SKEncodedImageFormat.Jpeg).CopyTo(photo, 0);
                form.Add(new ByteArrayContent(photo), "photos", $"{i}.jpg");
            }
            Assert.True(form.Headers.ContentLength > 50 * 1024 * 1024);
            // The body was read whole: the answer is about the missing town (an empty database), not its size.
            var read = await (await client.PostAsync("/api/public/reports", form)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(read.GetProperty("errors").TryGetProperty("jurisdictionId", out _));
            Assert.DoesNotContain(read.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("photos"));

            using var tooBig = new HttpRequestMessage(HttpMethod.Post, "/api/public/reports")
            {
                Content = new ByteArrayContent(new byte[UploadLimits.MaxRequestBytes + 1])
                {
                    Headers = { ContentType = new("multipart/form-data") { Parameters = { new("boundary", "x") } } },
                },
            };
            var refused = await (await client.SendAsync(tooBig)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
            Assert.Equal("上传内容过大", refused.Title());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            if (Directory.Exists(file + ".files")) Directory.Delete(file + ".files", recursive: true);
        }
    }

    private static async Task UntilUpAsync(HttpClient client, Process process)
    {
        for (var i = 0; i < 150; i++)
        {
            if (process.HasExited) Assert.Fail("the app stopped: " + await process.StandardError.ReadToEndAsync());
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the app did not answer /healthz within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
