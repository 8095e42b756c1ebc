using Dajia.Web.Data;
using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Infrastructure.Auth;

public static class AuthSetup
{
    private const string Smart = "Dajia";

    public static IServiceCollection AddDajiaAuth(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<Sessions.AppSignInManager>()
            .AddTokenProvider<AuthenticatorTokenProvider<AppUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.AddScoped<IUserConfirmation<AppUser>, ActiveUserConfirmation>();
        services.AddScoped<CurrentUser>();
        services.AddDajiaSessions();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "dajia.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx.HttpContext, ctx.RedirectUri, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx.HttpContext, ctx.RedirectUri, 403);
        });
        // Secure by default: an endpoint or page is for signed-in users unless it says [AllowAnonymous].
        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = o.DefaultPolicy;
            o.AddDajiaPolicies();
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RootJurisdictionHandler>();
        return services;
    }

    /// <summary>An API caller gets a status code (and then a ProblemDetails), never a redirect to a login page.</summary>
    private static Task ApiAwareRedirect(HttpContext ctx, string redirectUri, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Bearer tokens are self-contained; re-check the security stamp so that disabling an account or
    /// resetting its password cuts off its tokens at once, as it does for cookies.
    /// </summary>
    public static IApplicationBuilder UseBearerStampCheck(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true
            && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var signIn = ctx.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            var user = await signIn.ValidateSecurityStampAsync(ctx.User);
            if (user is null || user.Disabled)
            {
                ctx.User = new System.Security.Claims.ClaimsPrincipal();
            }
        }
        await next(ctx);
    });
}
