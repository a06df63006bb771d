using System.Text.RegularExpressions;

namespace MashSim.Cli.Tests;

public class RunCommandTests
{
    // A short run of the built-in default scenario keeps these tests quick.
    private static readonly string[] Short = ["--reps", "3", "--set", "run.horizonDays=45", "--set", "run.warmupDays=7"];

    private static readonly string[] OutcomeFiles =
        ["summary.csv", "summary.json", "replications.csv", "timeseries.csv", "contacts.csv", "scenario.resolved.yaml", "provenance.csv"];

    [Fact]
    public void The_default_scenario_runs_and_writes_every_file_into_a_new_dated_folder()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", "--out", temp.Path, .. Short]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        Assert.Matches(new Regex(@"^cumbria-2017-11-\d{8}-\d{6}$"), Path.GetFileName(folder));
        foreach (var file in OutcomeFiles.Append("manifest.json").Append("plots/time-to-decision.png"))
        {
            Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 0, file);
        }
        Assert.Contains("Decisions within 1 working day", run.Output);
        Assert.Contains("every one accounted for: yes", run.Output);
        var header = File.ReadLines(Path.Combine(folder, "summary.csv")).First();
        Assert.Equal("id,label,unit,mean,ci95Low,ci95High,replications,overloadWarning", header);
        var decision = SummaryFile.Read(folder, "decisionWithin1WorkingDay");
        Assert.InRange(decision.Mean, 0, 1);
        Assert.Equal(3, decision.Replications);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_outcome_files_whatever_the_threads_and_another_seed_does_not()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("a"), "--threads", "1", .. Short]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("b"), "--threads", "2", .. Short]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("c"), "--seed", "99", .. Short]).ExitCode);
        string a = AppRun.OnlyResultsFolder(temp.Sub("a")), b = AppRun.OnlyResultsFolder(temp.Sub("b")), c = AppRun.OnlyResultsFolder(temp.Sub("c"));
        foreach (var file in OutcomeFiles.Append("plots/time-to-decision.png"))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), $"{file} differs between runs");
        }
        Assert.NotEqual(File.ReadAllText(Path.Combine(a, "summary.csv")), File.ReadAllText(Path.Combine(c, "summary.csv")));
    }

    [Fact]
    public void The_resolved_scenario_runs_again_to_the_same_results()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("first"), .. Short]).ExitCode);
        string first = AppRun.OnlyResultsFolder(temp.Sub("first"));
        Assert.Equal(0, AppRun.Of("run", Path.Combine(first, "scenario.resolved.yaml"), "--out", temp.Sub("again")).ExitCode);
        string again = AppRun.OnlyResultsFolder(temp.Sub("again"));
        Assert.Equal(File.ReadAllText(Path.Combine(first, "summary.csv")), File.ReadAllText(Path.Combine(again, "summary.csv")));
    }

    [Fact]
    public void Two_runs_in_the_same_second_get_two_folders()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, .. Short]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, .. Short]).ExitCode);
        Assert.Equal(2, Directory.GetDirectories(temp.Path).Length);
    }

    [Fact]
    public void More_mash_social_workers_set_on_the_command_line_spread_the_work_and_do_not_lengthen_the_wait()
    {
        using var temp = new TempFolder();
        // Common random numbers (the same seed): the difference is the staffing, not the luck of the draw.
        string[] fiveShortRuns = ["--reps", "5", "--set", "run.horizonDays=45", "--set", "run.warmupDays=7"];
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("base"), .. fiveShortRuns]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("more"), "--set", "mash.staff.socialWorkers=16", .. fiveShortRuns]).ExitCode);
        string baseFolder = AppRun.OnlyResultsFolder(temp.Sub("base")), moreFolder = AppRun.OnlyResultsFolder(temp.Sub("more"));
        var busyBase = SummaryFile.Read(baseFolder, "utilisationSocialWorkers");
        var busyMore = SummaryFile.Read(moreFolder, "utilisationSocialWorkers");
        Assert.True(busyMore.CiHigh < busyBase.CiLow, $"utilisation {busyMore.Mean:P1} with 16 workers against {busyBase.Mean:P1} with 11");
        // Most of the wait is overnight and at weekends, for the MASH to open, so staff shorten it only a little.
        var waitBase = SummaryFile.Read(baseFolder, "screeningWaitHoursMean");
        var waitMore = SummaryFile.Read(moreFolder, "screeningWaitHoursMean");
        Assert.True(waitMore.Mean < waitBase.Mean, $"{waitMore.Mean} h with 16 workers against {waitBase.Mean} h with 11");
    }

    [Fact]
    public void Reps_auto_adds_replications_until_the_precision_is_reached_and_gives_what_that_fixed_number_gives()
    {
        using var temp = new TempFolder();
        string mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");
        var auto = AppRun.Of("run", mmc, "--reps", "auto", "--precision", "3%", "--horizon", "100d", "--out", temp.Sub("auto"));
        Assert.True(auto.ExitCode == 0, auto.Error);
        string folder = AppRun.OnlyResultsFolder(temp.Sub("auto"));
        var wait = SummaryFile.Read(folder, "screeningWaitHoursMean");
        Assert.InRange(wait.HalfWidth / wait.Mean, 0, 0.03);
        int n = wait.Replications;
        Assert.InRange(n, 11, 1000);
        Assert.Contains($"reached ±3% after {n} replications", auto.Output);

        // The batches chose n; replication r is still (seed, r), so --reps n gives the same files.
        Assert.Equal(0, AppRun.Of("run", mmc, "--reps", n.ToString(), "--horizon", "100d", "--threads", "1", "--out", temp.Sub("fixed")).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "summary.csv")), File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("fixed")), "summary.csv")));
    }

    [Fact]
    public void Reps_auto_stops_at_the_maximum_and_says_the_precision_was_not_reached()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--reps", "auto", "--precision", "0.1%", "--max-reps", "4",
            "--horizon", "30d", "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stopped at --max-reps 4", run.Output);
        Assert.Equal(4, SummaryFile.Read(AppRun.OnlyResultsFolder(temp.Path), "screeningWaitHoursMean").Replications);
    }

    [Theory]
    [InlineData(new[] { "--reps", "many" }, "not a number of replications")]
    [InlineData(new[] { "--reps", "auto", "--precision", "150%" }, "below 100%")]
    [InlineData(new[] { "--reps", "auto", "--precision", "x" }, "not a share")]
    [InlineData(new[] { "--precision", "5%" }, "go with --reps auto")]
    [InlineData(new[] { "--reps", "auto", "--precision-of", "nonsense" }, "not an outcome id")]
    [InlineData(new[] { "--reps", "auto", "--shard", "1/2" }, "--shard needs a fixed number")]
    [InlineData(new[] { "--horizon", "a year" }, "not a length like")]
    [InlineData(new[] { "--warmup", "2000d" }, "warmupDays")]
    public void Bad_run_settings_exit_2_before_anything_runs(string[] settings, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", "--out", temp.Sub("results"), .. settings]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Fact]
    public void Horizon_and_warmup_accept_days_weeks_and_years()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of("run", "--reps", "2", "--horizon", "8w", "--warmup", "7d", "--out", temp.Path).ExitCode);
        string resolved = File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "scenario.resolved.yaml"));
        // Set on the command line, and the resolved scenario says so.
        Assert.Contains("horizonDays: {value: 56, assumption: set on the command line (--horizon)}", resolved);
        Assert.Contains("warmupDays: {value: 7, assumption: set on the command line (--warmup)}", resolved);
    }
}
