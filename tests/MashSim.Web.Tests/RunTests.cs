using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using MashSim.Cli;
using MashSim.Web.Tests.Support;

namespace MashSim.Web.Tests;

/// <summary>Two short runs from the page (a baseline and a change compared with it), made once for every test of this class.</summary>
public sealed class TwoRuns : IAsyncLifetime
{
    public RunningApp App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public JsonElement Baseline { get; private set; }
    public JsonElement Changed { get; private set; }

    public static object Request(string[] set, string? baseline = null) =>
        new { scenario = "cumbria-2017-11", set, replications = 3, seed = 11, horizonDays = 60, warmupDays = 10, baseline };

    public async Task InitializeAsync()
    {
        App = await RunningApp.Start();
        Client = App.NewSession();
        var (_, first) = await Api.Post(Client, "/api/runs", Request(["mash.staff.managers=3"]));
        Baseline = await Api.WaitForEnd(Client, first.GetProperty("id").GetString()!);
        var (status, second) = await Api.Post(Client, "/api/runs", Request(["mash.staff.socialWorkers=9"], Baseline.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Accepted, status);
        Changed = await Api.WaitForEnd(Client, second.GetProperty("id").GetString()!);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>What the page runs is what the command line runs, figure for figure; its files, zip and replay stay inside the run's folder.</summary>
public class RunTests(TwoRuns runs) : IClassFixture<TwoRuns>
{
    private static string FolderOf(JsonElement status, RunningApp app) =>
        Path.Combine(app.ResultsRoot, status.GetProperty("result").GetProperty("folder").GetString()!);

    /// <summary>Runs the command line the page shows, in-process, with the results under <paramref name="root"/>; returns its folder.</summary>
    private static string RunCommandLine(string commandLine, string root)
    {
        var words = ShellWords.Split(commandLine);
        Assert.Equal("./run.sh", words[0]);
        var error = new StringWriter();
        Assert.True(MashSimApp.Run([.. words.Skip(1), "--out", root], new StringWriter(), error) == 0, error.ToString());
        return Assert.Single(Directory.GetDirectories(root));
    }

    [Fact]
    public void Both_runs_finished()
    {
        Assert.Equal("done", runs.Baseline.GetProperty("state").GetString());
        Assert.Equal("done", runs.Changed.GetProperty("state").GetString());
    }

    [Fact]
    public void The_page_runs_exactly_what_the_command_line_it_shows_runs()
    {
        using var temp = new TempFolder();
        string commandLine = runs.Changed.GetProperty("commandLine").GetString()!;
        Assert.EndsWith("--reps 3 --seed 11 --horizon 60d --warmup 10d --set mash.staff.socialWorkers=9", commandLine);
        string cli = RunCommandLine(commandLine, temp.Path);
        string web = FolderOf(runs.Changed, runs.App);
        foreach (string file in new[] { "summary.csv", "summary.json", "replications.csv", "stages.csv", "timeseries.csv", "events.csv", "scenario.resolved.yaml" })
            Assert.True(File.ReadAllText(Path.Combine(cli, file)) == File.ReadAllText(Path.Combine(web, file)), $"{file} differs");

        // And the figures the page shows are those figures, formatted as the terminal's table formats them.
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli, "summary.json")));
        var shown = runs.Changed.GetProperty("result").GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("shown").GetString());
        foreach (var outcome in summary.RootElement.GetProperty("outcomes").EnumerateArray())
        {
            var kpi = Model.Recording.Kpi.ById(outcome.GetProperty("id").GetString()!);
            double mean = outcome.GetProperty("mean").ValueKind == JsonValueKind.Number ? outcome.GetProperty("mean").GetDouble() : double.NaN;
            Assert.Equal(kpi.Unit.Show(mean), shown[kpi.Id]);
        }
        Assert.Equal(Model.Recording.Kpi.All.Count, shown.Count);
    }

    [Fact]
    public void The_comparison_is_the_one_mashsim_compare_makes_with_common_random_numbers()
    {
        using var temp = new TempFolder();
        string commandLine = runs.Changed.GetProperty("compareCommandLine").GetString()!;
        Assert.Contains("--variant", commandLine);
        string folder = RunCommandLine(commandLine, temp.Path);
        // comparison.csv of both, written by the same writer, agrees in every figure; only the scenarios' names differ (the page names runs by their edits).
        string web = Directory.GetDirectories(runs.App.ResultsRoot, "compare-*").Single();
        static string[][] Rows(string folder) => File.ReadAllLines(Path.Combine(folder, "comparison.csv")).Select(l => l.Split(',')).ToArray();
        var (cliRows, webRows) = (Rows(folder), Rows(web));
        Assert.Equal(cliRows.Length, webRows.Length);
        for (int i = 0; i < cliRows.Length; i++) Assert.Equal(cliRows[i].Where((_, c) => c != 2), webRows[i].Where((_, c) => c != 2));

        var differences = runs.Changed.GetProperty("result").GetProperty("comparison").GetProperty("differences").EnumerateArray().ToArray();
        Assert.Equal(Model.Recording.Kpi.All.Count, differences.Length);
        Assert.Contains(differences, d => d.GetProperty("verdict").GetString() != "no detectable difference");
    }

    [Fact]
    public async Task Files_are_served_by_name_from_the_runs_folder_and_no_request_path_reaches_another_file()
    {
        string id = runs.Changed.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await runs.Client.GetAsync($"/api/runs/{id}/files/report.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runs.Client.GetAsync($"/api/runs/{id}/files/plots/time-to-decision.svg")).StatusCode);
        foreach (string bad in new[] { "../../../../etc/passwd", "..%2F..%2Fsummary.csv", "%2Fetc%2Fpasswd", "plots/../../x", "..\\summary.csv", "comparison/../../../etc/passwd" })
            Assert.Equal(HttpStatusCode.NotFound, (await runs.Client.GetAsync($"/api/runs/{id}/files/{bad}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await runs.Client.GetAsync("/api/runs/..%2F..%2Fetc/files/summary.csv")).StatusCode);
        var (missing, why) = await Api.Get(runs.Client, $"/api/runs/{id}/files/plots/missing.svg");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("the run's folder has no file 'plots/missing.svg': its status lists the files it has.", Assert.Single(Api.Errors(why)));

        var zipsBefore = Directory.GetFiles(Path.GetTempPath(), "mashsim-zip-*").ToHashSet();
        var zip = await runs.Client.GetAsync($"/api/runs/{id}/zip");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Contains(archive.Entries, e => e.FullName.EndsWith("/summary.csv", StringComparison.Ordinal));
            Assert.Contains(archive.Entries, e => e.FullName.EndsWith("/report.html", StringComparison.Ordinal));
        }
        // The zip is built in a temporary file (a long run's is gigabytes), which goes once it is sent.
        for (int wait = 0; wait < 50 && Directory.GetFiles(Path.GetTempPath(), "mashsim-zip-*").Any(f => !zipsBefore.Contains(f)); wait++) await Task.Delay(100);
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath(), "mashsim-zip-*"), f => !zipsBefore.Contains(f));

        // Everything the runs wrote is inside the results folder.
        string root = Path.GetFullPath(runs.App.ResultsRoot) + Path.DirectorySeparatorChar;
        Assert.StartsWith(root, Path.GetFullPath(FolderOf(runs.Changed, runs.App)));
        Assert.Equal(3, Directory.GetDirectories(runs.App.ResultsRoot).Length); // two runs and the comparison
    }

    [Fact]
    public async Task The_replay_names_the_longest_queue_and_its_counts_come_from_the_event_log()
    {
        string id = runs.Changed.GetProperty("id").GetString()!;
        var (status, replay) = await Api.Get(runs.Client, $"/api/runs/{id}/replay");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(DayOfWeek.Monday, DateTime.Parse(replay.GetProperty("start").GetString()!, CultureInfo.InvariantCulture).DayOfWeek);
        var stages = replay.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("label").GetString()!).ToArray();
        var steps = replay.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(7 * 24 * 6, steps.Length);
        int explained = 0;
        foreach (var step in steps)
        {
            var waiting = step.GetProperty("waiting").EnumerateArray().Select(w => w.GetInt32()).ToArray();
            int busiest = step.GetProperty("busiest").GetInt32();
            string words = step.GetProperty("explanation").GetString()!;
            if (waiting.Max() == 0)
            {
                Assert.Equal(-1, busiest);
                Assert.Contains("nothing is waiting", words);
                continue;
            }
            Assert.Equal(waiting.Max(), waiting[busiest]);
            Assert.Contains($"the longest queue is for {stages[busiest]}: {waiting[busiest]} ", words);
            explained++;
        }
        Assert.True(explained > 100, "contacts waited at some point of a working week");
        Assert.Contains(steps, s => s.GetProperty("explanation").GetString()!.Contains("busy over the last 3 hours"));
        Assert.True(replay.GetProperty("items").GetArrayLength() > 50);

        var (bad, body) = await Api.Get(runs.Client, $"/api/runs/{id}/replay?day=999");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("between 0 and 59", Assert.Single(Api.Errors(body)));
    }

    [Fact]
    public async Task A_baseline_must_share_the_replications_seed_and_measured_period_and_belong_to_the_page()
    {
        string baseline = runs.Baseline.GetProperty("id").GetString()!;
        var other = new { scenario = "cumbria-2017-11", set = Array.Empty<string>(), replications = 4, seed = 11, horizonDays = 60, warmupDays = 10, baseline };
        var (status, body) = await Api.Post(runs.Client, "/api/check", other);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("baseline's 3 replications and seed 11", Assert.Single(Api.Errors(body)));
        // A longer run's counts differ from the baseline's by the length alone.
        var longer = new { scenario = "cumbria-2017-11", set = Array.Empty<string>(), replications = 3, seed = 11, horizonDays = 90, warmupDays = 10, baseline };
        (status, body) = await Api.Post(runs.Client, "/api/check", longer);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("measured over 50 days (60 less a warm-up of 10)", Assert.Single(Api.Errors(body)));
        using var stranger = runs.App.NewSession();
        var (strangerStatus, _) = await Api.Post(stranger, "/api/check", TwoRuns.Request([], baseline));
        Assert.Equal(HttpStatusCode.BadRequest, strangerStatus);
    }
}
