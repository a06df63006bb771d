using System.Text.Json;
using System.Text.Json.Serialization;
using MashSim.Web.Jobs;
using MashSim.Web.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MashSim.Web;

/// <summary>The web app behind <c>mashsim serve</c>: the page, its assets, and the API it calls, on ASP.NET Core's host.</summary>
public static class WebApp
{
    public const string SessionCookie = "mashsim-session";

    /// <summary>Builds the app listening where <paramref name="options"/> say; start it with <c>StartAsync</c> and read the address from <c>Urls</c>.</summary>
    public static WebApplication Build(ServeOptions options, LogLevel logLevel = LogLevel.Warning)
    {
        // Made absolute once, where serve starts: with a relative root (serve's default) each file's path was relative too,
        // which ASP.NET reads as a virtual path under the web root, and every download was a 500.
        options = options with { ResultsRoot = Path.GetFullPath(options.ResultsRoot) };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
        // A port in use is said once, plainly, by serve (which catches it), not also as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls($"http://{(options.Address.Contains(':') ? $"[{options.Address}]" : options.Address)}:{options.Port}");
        long maxBody = options.MaxUploadBytes + 64 * 1024;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
            j.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // {"replications": 500, "replications": 2} was read last-wins, so what a check saw need not be what ran: a key twice is a 400.
            j.SerializerOptions.AllowDuplicateProperties = false;
        });
        // A body that is not the JSON an endpoint takes ("replications": "many", a list, a wrong content type) is thrown
        // as BadHttpRequestException and answered below with its reason, like every other 400; it was a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // DNS rebinding: a page of attacker.example, its name made to point at 127.0.0.1, would reach a loopback server as its
        // own origin. Served on loopback, the Host must name this machine (any port); on another address a room reaches it by the
        // machine's name, which serve cannot know, so any Host is taken.
        if (options.IsLoopback)
        {
            string own = System.Net.IPAddress.TryParse(options.Address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                ? $"[{options.Address}]" : options.Address;
            builder.Services.AddHostFiltering(h => h.AllowedHosts = ["localhost", "127.0.0.1", "[::1]", own]);
        }
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ScenarioCatalogue>();
        builder.Services.AddSingleton(services => new JobQueue(options, services.GetRequiredService<ILogger<JobQueue>>(), job => RunPipeline.Execute(job, options)));

        var app = builder.Build();
        // The framework's own refusals (an unknown path, a wrong method, a body too large or not JSON) had no body: each says
        // why, as the API's JSON errors under /api/ and as a line of text elsewhere. (Kestrel's, for a request it cannot parse, stay bare.)
        app.UseStatusCodePages(async page =>
        {
            var (request, response) = (page.HttpContext.Request, page.HttpContext.Response);
            string why = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"nothing here is called {request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not taken by {request.Path}; it takes {response.Headers.Allow}.",
                StatusCodes.Status413PayloadTooLarge => $"the body is larger than this app takes ({maxBody / 1024} kB).",
                StatusCodes.Status415UnsupportedMediaType => "the body must be JSON, sent with Content-Type: application/json.",
                int code => $"{code} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code)}.",
            };
            if (request.Path.StartsWithSegments("/api"))
            {
                await response.WriteAsJsonAsync(new { errors = new[] { why } }, Json);
            }
            else
            {
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(why + "\n");
            }
        });
        if (options.IsLoopback) app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            // One run at a time per browser: a session is a random cookie, nothing more.
            if (!context.Request.Cookies.TryGetValue(SessionCookie, out var session) || session.Length != 32 || !session.All(char.IsAsciiHexDigit))
            {
                session = Guid.NewGuid().ToString("N");
                context.Response.Cookies.Append(SessionCookie, session, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
            }
            context.Items[SessionCookie] = session;
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            // A page of another site can POST here (a form, or fetch with a "simple" content type, needs no CORS preflight) and
            // its browser sends the page's Origin: only this server's own page, or a client that sends none (curl), may change things.
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.Origin is [{ } origin, ..] && !IsOwnOrigin(context.Request, origin))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { errors = new[] { $"a page of {origin} may not change anything here: only this server's own page may." } }, Json);
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = e.StatusCode;
                string reason = e.InnerException is JsonException json ? $"{e.Message} {json.Message}" : e.Message;
                await context.Response.WriteAsJsonAsync(new { errors = new[] { $"the request is not what this endpoint takes: {reason}" } }, Json);
            }
        });
        // Stopping (Ctrl-C, SIGTERM) stops the runs and waits a few seconds for each to remove its partial folder, before the
        // server itself stops: the process ended with them under way and left their folders behind.
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<JobQueue>().StopAll(TimeSpan.FromSeconds(10)));
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>True when <paramref name="origin"/> is the scheme and host (with port) the request was sent to; "null" (a sandboxed page) never is.</summary>
    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    /// <summary>The session of the request (set by the cookie middleware).</summary>
    internal static string Session(HttpContext context) => (string)context.Items[SessionCookie]!;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
