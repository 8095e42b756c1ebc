using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// The app with its demo data on a real loopback port, and Debian's chromium driven by Playwright. Each app starts from
/// a copy of one demo database (and its files) seeded once per run: seeding took each test class 8–10 s.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    // One key file for every app of the run: the template's informant identities are encrypted under its key ring.
    private static readonly string KeyFile = NewKeyFile();
    private static readonly Lazy<DemoTemplate> Template = new(DemoTemplate.Make);

    private readonly string _db = Path.Combine(Path.GetTempPath(), $"dajia-browser-{Guid.NewGuid():N}.db");
    private readonly string _files = Path.Combine(Path.GetTempPath(), $"dajia-browser-files-{Guid.NewGuid():N}");
    private readonly bool _isTemplate;
    private bool _copied;
    private IPlaywright? _playwright;

    public BrowserApp() : this(isTemplate: false) { }

    private BrowserApp(bool isTemplate)
    {
        _isTemplate = isTemplate;
        UseKestrel(0);
    }

    private static string NewKeyFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dajia-browser-{Guid.NewGuid():N}.kek");
        Dajia.Web.Infrastructure.Keys.KeyEncryptionKey.CreateFile(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    // Several apps start in this one process (one per test class) while Playwright and xUnit hold threads; without
    // spare pool threads a request can wait seconds for the pool to grow on a 2-core machine.
    static BrowserApp() => ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount * 4), 16);

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go, for a person to look at after a run.</summary>
    public static string Shots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Dajia", $"Data Source={_db}");
        builder.UseSetting("Dajia:Demo", "true");
        builder.UseSetting("Dajia:FileStore", _files);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from 127.0.0.1, many times a minute.
        builder.UseSetting("Dajia:Auth:SignInsPerMinute", "100000");
        builder.UseSetting("Dajia:Keys:File", KeyFile);
        // The demo's "today" and every page's dates from a fixed day, not the machine's date (past the holiday data one day).
        // The template is seeded at that very moment, so no app starts with records from its future.
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_isTemplate ? new FrozenClock() : new StartedClock()));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Settings of a fixture of its own (e.g. tight public limits), on top of the ones above.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (!_isTemplate && !_copied) Template.Value.CopyTo(_db, _files);
        _copied = true;
        return base.CreateHost(builder);
    }

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        // The suite's classes share two cores with their apps in CI: an assertion may wait 10 s, not the default 5.
        Assertions.SetDefaultExpectTimeout(10_000);
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags chromium keeps dialling Google on a machine with no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
            // Headless chromium ignores --lang for its own words (the file picker's 选择文件, a date field's 年/月/日): it
            // takes them from the environment, as on a Chinese desktop.
            Env = ChineseEnvironment(),
        });
    }

    /// <summary>
    /// The environment as it is, with LANGUAGE, which chromium reads first for its words. Not LANG or LC_ALL: without
    /// the zh_CN locale installed they would leave chromium without UTF-8, and a download named 联络员表-2017年度.xlsx
    /// would be saved as "download".
    /// </summary>
    private static Dictionary<string, string> ChineseEnvironment()
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
        env["LANGUAGE"] = "zh_CN:zh";
        return env;
    }

    public async Task<IPage> SignInAsync(string userName, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(
            new() { BaseURL = BaseUrl, ViewportSize = viewport, AcceptDownloads = true, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Dajia.Web.Data.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            // Wait for the address and the signed-in page itself, not for the load event: under load a late
            // resource held "load" past the timeout while the home page was already there (seen in CI).
            // A sign-in hashes a password on a box that is also running the suite's other apps: allow it a minute.
            await page.WaitForURLAsync(BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
            await page.Locator("form[action=\"/Account/Logout\"]")
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            // Say where the browser stood and what the page said, so a failed sign-in can be told from a slow one.
            var text = await page.Locator("main").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"{userName} not signed in after 60 s; at {page.Url}: {text[..Math.Min(text.Length, 400)]}", e);
        }
        return page;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
        if (Directory.Exists(_files)) Directory.Delete(_files, recursive: true);
    }

    /// <summary>The demo database and its file store as the app seeded them, copied for each app.</summary>
    private sealed record DemoTemplate(string Db, string Files)
    {
        public static DemoTemplate Make()
        {
            var template = new DemoTemplate(Path.Combine(Path.GetTempPath(), $"dajia-browser-template-{Guid.NewGuid():N}.db"),
                Path.Combine(Path.GetTempPath(), $"dajia-browser-template-files-{Guid.NewGuid():N}"));
            Task.Run(async () =>
            {
                var app = new BrowserApp(isTemplate: true);
                _ = app.Services; // starts it: migrates and seeds the demo
                await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app._db}"))
                {
                    await db.OpenAsync();
                    await using var cmd = db.CreateCommand();
                    cmd.CommandText = $"VACUUM INTO '{template.Db}'";
                    await cmd.ExecuteNonQueryAsync();
                }
                CopyFolder(app._files, template.Files);
                await ((IAsyncLifetime)app).DisposeAsync();
            }).GetAwaiter().GetResult();
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                File.Delete(template.Db);
                if (Directory.Exists(template.Files)) Directory.Delete(template.Files, recursive: true);
            };
            return template;
        }

        public void CopyTo(string db, string files)
        {
            File.Copy(Db, db);
            CopyFolder(Files, files);
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            if (!Directory.Exists(from)) return;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
