using System.Net;
using MashSim.Web.Tests.Support;

namespace MashSim.Web.Tests;

/// <summary>How the server itself behaves, whatever the run: where it reads its files from, what requests it answers, and how it stops.</summary>
public class ServingTests
{
    /// <summary>A short run: two replications of the built-in scenario over 20 days.</summary>
    private static readonly object Short = new { scenario = "built-in", set = Array.Empty<string>(), replications = 2, seed = 3, horizonDays = 20, warmupDays = 5 };

    /// <summary>serve's default results root is relative (results/serve): every download from a run was a 500, read as a path under the web root.</summary>
    [Fact]
    public async Task A_runs_files_download_when_the_results_root_is_a_relative_path()
    {
        await using var app = await RunningApp.Start(o => o with { ResultsRoot = Path.GetRelativePath(Directory.GetCurrentDirectory(), o.ResultsRoot) });
        Assert.False(Path.IsPathRooted(app.ResultsRoot));
        using var client = app.NewSession();
        var (_, run) = await Api.Post(client, "/api/runs", Short);
        var done = await Api.WaitForEnd(client, run.GetProperty("id").GetString()!);
        Assert.Equal("done", done.GetProperty("state").GetString());
        string id = done.GetProperty("id").GetString()!;
        string plot = done.GetProperty("result").GetProperty("plots")[0].GetString()!;
        foreach (string file in new[] { "summary.json", plot })
        {
            using var response = await client.GetAsync($"/api/runs/{id}/files/{file}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string folder = Path.Combine(app.ResultsRoot, done.GetProperty("result").GetProperty("folder").GetString()!);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, file)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>DNS rebinding: a page of attacker.example whose name is made to point at 127.0.0.1 reached the API as its own origin.</summary>
    [Fact]
    public async Task On_loopback_only_a_host_naming_this_machine_is_answered()
    {
        await using var app = await RunningApp.Start();
        using var client = app.NewSession();
        int port = new Uri(app.Address).Port;
        foreach (string host in new[] { $"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}", "localhost" })
            Assert.Equal(HttpStatusCode.OK, (await GetWithHost(client, "/api/scenarios", host)).StatusCode);
        foreach (string host in new[] { $"attacker.example:{port}", "attacker.example", $"127.0.0.1.attacker.example:{port}" })
        {
            using var refused = await GetWithHost(client, "/api/scenarios", host);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Invalid Hostname", await refused.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Served on every interface a room reaches it by the machine's name, which serve cannot know: any host is answered.</summary>
    [Fact]
    public async Task On_every_interface_any_host_is_answered()
    {
        await using var app = await RunningApp.Start(o => o with { Address = "0.0.0.0" });
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{new Uri(app.Address).Port}") };
        Assert.Equal(HttpStatusCode.OK, (await GetWithHost(client, "/api/scenarios", "trainers-laptop.local:5170")).StatusCode);
    }

    /// <summary>A page of another site can send a form or a "simple" fetch here without a CORS preflight; each POST of one was taken.</summary>
    [Fact]
    public async Task A_post_from_a_page_of_another_origin_is_refused_and_one_from_the_servers_own_page_is_taken()
    {
        await using var app = await RunningApp.Start();
        using var client = app.NewSession();
        string own = app.Address.TrimEnd('/');
        foreach (string url in new[] { "/api/check", "/api/runs", "/api/uploads?name=x.yaml", "/api/runs/0123/cancel" })
        {
            foreach (string foreign in new[] { "http://attacker.example", "null", own.Replace("127.0.0.1", "localhost"), own + "0" })
            {
                using var refused = await PostFrom(client, url, foreign);
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                Assert.Contains($"a page of {foreign} may not change anything here", Assert.Single(Api.Errors(await Api.Json(refused))));
            }
        }
        // The page's own requests carry its origin; curl sends none.
        foreach (string? origin in new[] { own, null })
            Assert.Equal(HttpStatusCode.OK, (await PostFrom(client, "/api/check", origin)).StatusCode);
        Assert.Empty(Directory.Exists(app.ResultsRoot) ? Directory.GetFileSystemEntries(app.ResultsRoot) : []);
    }

    /// <summary>Uploads were kept 64 in all, the oldest forgotten first: any page could push out a trainer's upload by sending 64 of its own.</summary>
    [Fact]
    public async Task A_session_forgets_its_own_oldest_upload_and_past_the_apps_cap_the_session_holding_most_gives_way()
    {
        await using var app = await RunningApp.Start(o => o with { KeptUploadsPerSession = 2, KeptUploads = 4 });
        using var a = app.NewSession();
        using var b = app.NewSession();
        using var c = app.NewSession();
        string a1 = await Upload(a);
        string[] bs = [await Upload(b), await Upload(b), await Upload(b)];
        bool[] kept = await Kept(a, [a1, .. bs]);
        Assert.Equal(new[] { true, false, true, true }, kept);
        string[] cs = [await Upload(c), await Upload(c)];
        // Five past the cap of four: b and c hold two each, and b's older goes; a's one stays.
        kept = await Kept(a, [a1, .. bs, .. cs]);
        Assert.Equal(new[] { true, false, false, true, true, true }, kept);
    }

    private static async Task<string> Upload(HttpClient client)
    {
        using var response = await client.PostAsync("/api/uploads?name=mine.yaml",
            new StringContent("extends: cumbria-2017-11.yaml\nname: mine\n", System.Text.Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Api.Json(response)).GetProperty("id").GetString()!;
    }

    /// <summary>Whether each upload can still be run (a check), or is forgotten ("no scenario is called").</summary>
    private static async Task<bool[]> Kept(HttpClient client, string[] ids)
    {
        var kept = new List<bool>();
        foreach (string id in ids)
        {
            var (status, _) = await Api.Post(client, "/api/check", new { scenario = id, replications = 2, horizonDays = 30, warmupDays = 5 });
            kept.Add(status == HttpStatusCode.OK);
        }
        return [.. kept];
    }

    /// <summary>serve stopped (SIGTERM, as Ctrl-C) during a run ended at once, leaving the run's partial folder (.incomplete-PID-GUID,
    /// tens of MB) until a later run in the same root finished. It stops the run and waits for it to remove the folder.</summary>
    [Fact]
    public async Task Serve_stopped_during_a_run_stops_it_and_leaves_no_partial_folder()
    {
        using var temp = new TempFolder();
        string results = temp.Sub("results");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), "serve", "--port", "0",
            "--out", results, "--scenarios", Repository.File("scenarios")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var serve = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var address = new TaskCompletionSource<string>();
        serve.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data is { } line && System.Text.RegularExpressions.Regex.Match(line, @"serving at (http://\S+?)/? ") is { Success: true } m) address.TrySetResult(m.Groups[1].Value);
        };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            Assert.Same(address.Task, await Task.WhenAny(address.Task, Task.Delay(TimeSpan.FromMinutes(1))));
            using var client = new HttpClient { BaseAddress = new Uri(await address.Task) };
            var (status, run) = await Api.Post(client, "/api/runs", new { scenario = "cumbria-2017-11", set = Array.Empty<string>(), replications = 100 });
            Assert.Equal(HttpStatusCode.Accepted, status);
            // Under way: its partial folder is there.
            for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline && Partial(results).Length == 0;) await Task.Delay(50);
            Assert.NotEmpty(Partial(results));

            using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", $"{serve.Id}"])) await term.WaitForExitAsync();
            using (var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30))) await serve.WaitForExitAsync(stopped.Token);
            Assert.Equal(0, serve.ExitCode);
            Assert.Empty(Partial(results));
            lock (output) Assert.Contains("Stopped serving.", output.ToString());
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Listing the scenarios loaded and validated every shipped file on each request (a quarter of a second of CPU each).
    /// They are kept while the folder's names, sizes and write times are unchanged, and a file added, removed or edited shows.</summary>
    [Fact]
    public async Task The_scenarios_are_read_once_until_a_file_in_their_folder_is_added_removed_or_changed()
    {
        using var temp = new TempFolder();
        string folder = temp.Sub("scenarios");
        Directory.CreateDirectory(folder);
        string a = Path.Combine(folder, "a.yaml");
        File.Copy(Repository.File("scenarios/cumbria-2017-11.yaml"), Path.Combine(folder, "cumbria-2017-11.yaml"));
        File.WriteAllText(a, "extends: cumbria-2017-11.yaml\nname: name-one\n");
        await using var app = await RunningApp.Start(o => o with { ScenarioFolder = folder });
        using var client = app.NewSession();
        async Task<string[]> Names() => [.. (await Api.Get(client, "/api/scenarios")).Body.EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
        Assert.Contains("name-one", await Names());

        // The same size and write time: the folder looks unchanged, and what was read is kept (it is not read again).
        var written = File.GetLastWriteTimeUtc(a);
        File.WriteAllText(a, File.ReadAllText(a).Replace("name-one", "name-two"));
        File.SetLastWriteTimeUtc(a, written);
        Assert.Contains("name-one", await Names());

        // An edit (a new write time), a file added, a file removed: each shows at once.
        File.SetLastWriteTimeUtc(a, written.AddSeconds(1));
        Assert.Contains("name-two", await Names());
        string b = Path.Combine(folder, "b.yaml");
        File.WriteAllText(b, "extends: a.yaml\nname: name-three\n");
        Assert.Contains("name-three", await Names());
        File.Delete(b);
        Assert.DoesNotContain("name-three", await Names());
    }

    private static string[] Partial(string results) =>
        Directory.Exists(results) ? Directory.GetDirectories(results, ".incomplete-*") : [];

    private static Task<HttpResponseMessage> PostFrom(HttpClient client, string url, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(Short) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> GetWithHost(HttpClient client, string url, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
