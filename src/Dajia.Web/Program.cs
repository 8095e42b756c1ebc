using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dajia.Web.Data;
using Dajia.Web.Features;
using Dajia.Web.Infrastructure.Auth.Sessions;
using Dajia.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
// "Server: Kestrel" tells an attacker what to try; nothing a client needs.
builder.WebHost.ConfigureKestrel(o =>
{
    o.AddServerHeader = false;
    o.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes;
});

services.AddSingleton(TimeProvider.System);
services.AddHttpContextAccessor();
services.AddDajiaDatabase(builder.Configuration, builder.Environment);
services.AddDajiaDataProtection(builder.Configuration, builder.Environment);
services.AddDajiaAuth();
services.AddDajiaLocalization();
services.AddDajiaProblemDetails();
services.AddDajiaFeatures();
services.AddRazorPages(o => o.RootDirectory = "/Features").AddViewLocalization().AddDajiaModelBindingMessages()
    .AddMvcOptions(o => o.Filters.Add<UnknownHandlers>());
// Secure over HTTPS (also behind a named proxy); the framework's default would send it over plain HTTP too.
services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
// Razor and JSON would otherwise escape every Chinese character as &#x...; or \uXXXX.
services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes);

var app = builder.Build();

if (await Commands.TryRunAsync(app, args)) return;
await Startup.PrepareDatabaseAsync(app.Services);

app.UseDajiaProxies(app.Configuration);
app.UseDajiaErrorPages();
app.UseRequestSizeLimit();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseBearerStampCheck();
app.UseSessionCheck();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<Dajia.Web.Infrastructure.Input.InputGuard>();
app.UseAntiforgery();

// The API description is a map of every endpoint: public where people develop, off in production unless asked for.
if (app.Configuration.GetValue("Dajia:OpenApi", !app.Environment.IsProduction())) app.MapOpenApi().AllowAnonymous();
app.MapRazorPages();
app.MapDajiaApis();

app.Run();

public partial class Program;
