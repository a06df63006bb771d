using System.Diagnostics;
using System.Text.Json;
using MashSim.Outputs.Folders;

namespace MashSim.Cli.Tests;

/// <summary>Run settings at their edges: one replication, sizes no machine holds, horizons past the calendar, folders that cannot be written.</summary>
public class RunSettingsTests
{
    private static readonly string[] Short = ["--horizon", "40d", "--warmup", "7d"];

    [Fact]
    public void One_replication_runs_and_says_plainly_that_there_is_no_confidence_interval()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", "--reps", "1", "--out", temp.Path, .. Short]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("One replication: there is no confidence interval", run.Output);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        var decision = File.ReadLines(Path.Combine(folder, "summary.csv")).Single(l => l.StartsWith("decisionWithin1WorkingDay,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("", "", "1"), (decision[4], decision[5], decision[6]));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        Assert.Contains("no confidence interval", json.RootElement.GetProperty("note").GetString());
        var first = json.RootElement.GetProperty("outcomes")[1];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("ci95Low").ValueKind);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("mean").ValueKind);
    }

    [Fact]
    public void Two_replications_write_no_note()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--reps", "2", "--out", temp.Path, .. Short]).ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "summary.json")));
        Assert.False(json.RootElement.TryGetProperty("note", out _));
    }

    [Fact]
    public void A_sweep_of_one_replication_per_point_runs()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("sweep", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--vary", "mash.staff.socialWorkers=3,4", "--reps", "1",
            "--horizon", "60d", "--warmup", "7d", "--out", temp.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("no confidence interval", run.Output);
        var row = File.ReadLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "sweep.csv")).Skip(1).First();
        Assert.Contains(",,", row);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("staff")]
    public void Commands_that_rest_on_confidence_intervals_refuse_one_replication(string command)
    {
        using var temp = new TempFolder();
        string[] args = command == "compare"
            ? ["compare", AppRun.Scenario("scenarios/cumbria-2017-01.yaml"), AppRun.Scenario("scenarios/cumbria-2017-01-police-back.yaml")]
            : ["staff", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--role", "mash.staff.socialWorkers", "--target", "screeningWaitHoursMean <= 0.1"];
        var run = AppRun.Of([.. args, "--reps", "1", "--out", temp.Sub("results"), .. Short]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{command} needs at least 2 replications", run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Theory]
    [InlineData("pathway workers", "--set", "pathway.team.socialWorkers=2000000000")]
    [InlineData("contacts", "--set", "demand.contactsPerYear=1e9")]
    [InlineData("replications", "--reps", "100000000")]
    public void Sizes_no_machine_holds_are_refused_before_anything_runs(string part, params string[] args)
    {
        using var temp = new TempFolder();
        var clock = Stopwatch.StartNew();
        var run = AppRun.Of(["run", "--out", temp.Sub("results"), .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("too big for this machine", run.Error);
        Assert.Contains(part, run.Error);
        Assert.DoesNotContain("contacts simulated", run.Output);
        Assert.False(Directory.Exists(temp.Sub("results")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("run", "--horizon", "100000y")]
    [InlineData("validate", "--set", "run.horizonDays=2920000")]
    public void Horizons_beyond_the_calendar_are_bad_input(params string[] args)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of([.. args, .. args[0] == "run" ? new[] { "--out", temp.Sub("results") } : []]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run.horizonDays: must be at most 36,500 days", run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_written_is_found_before_the_run()
    {
        using var temp = new TempFolder();
        string readOnly = temp.Sub("read-only");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        // As root a folder's mode does not stop writes, so fall back on a file system that takes no folders at all.
        string root = CanWrite(readOnly) ? "/proc/mashsim-results" : Path.Combine(readOnly, "results");
        var run = AppRun.Of(["run", "--reps", "2", "--out", root, .. Short]);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be written", run.Error);
        Assert.DoesNotContain("contacts simulated", run.Output);
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void A_disk_without_room_for_the_results_is_found_before_the_run()
    {
        using var temp = new TempFolder();
        Assert.Null(OutputFolderCheck.Problem(temp.Sub("results"), 1 << 20));
        string? problem = OutputFolderCheck.Problem(temp.Sub("results"), long.MaxValue / 2);
        Assert.Contains("free", problem);
        Assert.False(Directory.Exists(temp.Sub("results")));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
            File.Delete(Path.Combine(folder, "probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
