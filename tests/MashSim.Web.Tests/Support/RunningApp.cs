using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MashSim.Web;
using Microsoft.AspNetCore.Builder;

namespace MashSim.Web.Tests.Support;

/// <summary>mashsim serve on a free port of 127.0.0.1 with its own results folder, for one test; stopped and deleted afterwards.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningApp(ServeOptions options, WebApplication app)
    {
        Options = options;
        _app = app;
    }

    public ServeOptions Options { get; }
    public string Address { get; private set; } = "";
    public string ResultsRoot => Options.ResultsRoot;

    /// <summary>Starts the app; <paramref name="configure"/> changes the limits for a test.</summary>
    public static async Task<RunningApp> Start(Func<ServeOptions, ServeOptions>? configure = null)
    {
        var temp = Path.Combine(Path.GetTempPath(), "mashsim-web-" + Guid.NewGuid().ToString("N"));
        var options = new ServeOptions { Port = 0, ResultsRoot = Path.Combine(temp, "results"), ScenarioFolder = Repository.File("scenarios"), Threads = 2 };
        options = configure?.Invoke(options) ?? options;
        var app = WebApp.Build(options);
        await app.StartAsync();
        var running = new RunningApp(options, app) { Address = app.Urls.First() };
        running._tempRoot = temp;
        return running;
    }

    private string _tempRoot = "";

    /// <summary>A client with its own cookies: one browser session.</summary>
    public HttpClient NewSession() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(Address), Timeout = TimeSpan.FromMinutes(3),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_tempRoot)) Directory.Delete(_tempRoot, recursive: true);
    }
}

/// <summary>Calls the API as the page does.</summary>
public static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        return (response.StatusCode, await Json(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response.StatusCode, await Json(response));
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string[] Errors(JsonElement body) => body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>Polls the run (as the page's progress stream would) until it ends; returns its final status.</summary>
    public static async Task<JsonElement> WaitForEnd(HttpClient client, string id, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(4));
        while (DateTime.UtcNow < deadline)
        {
            var (_, body) = await Get(client, $"/api/runs/{id}");
            if (body.GetProperty("state").GetString() is "done" or "failed" or "cancelled") return body;
            await Task.Delay(200);
        }
        throw new TimeoutException($"run {id} did not end");
    }
}

/// <summary>Splits a command line the way a POSIX shell would for the quoting MashSim writes (single and double quotes).</summary>
public static class ShellWords
{
    public static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        bool inWord = false;
        char quote = '\0';
        bool escaped = false;
        foreach (char c in line)
        {
            if (escaped)
            {
                word.Append(c);
                escaped = false;
            }
            else if (quote == '\0' && c == '\\')
            {
                escaped = true;
                inWord = true;
            }
            else if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else word.Append(c);
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord) words.Add(word.ToString());
        return [.. words];
    }
}
