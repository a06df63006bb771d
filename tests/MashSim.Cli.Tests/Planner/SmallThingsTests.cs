using System.Diagnostics;
using System.Text.Json;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Hints;

namespace MashSim.Cli.Tests.Planner;

public class SmallThingsTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");

    /// <summary>The words bash makes of a command line: each printed on its own line by printf.</summary>
    private static string[] WordsThroughBash(string commandLine)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"printf '%s\\n' {commandLine}"]) { RedirectStandardOutput = true };
        using var bash = Process.Start(start)!;
        string output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
        return output.Split('\n')[..^1];
    }

    [Fact]
    public void The_manifest_command_line_is_shell_quoted_and_round_trips_through_bash()
    {
        using var temp = new TempFolder();
        string[] args = ["run", Mmc, "--set", "description=it's \"quoted\" >= 95% & $HOME; `x`", "--set", "mash.screeningMinutes={dist: exponential, mean: 60}",
            "--reps", "2", "--horizon", "20d", "--warmup", "2d", "--out", temp.Path];
        var run = AppRun.Of(args);
        Assert.True(run.ExitCode == 0, run.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "manifest.json")));
        string commandLine = manifest.RootElement.GetProperty("commandLine").GetString()!;
        // The launcher the tests were started from (./run.sh test exports it): the command line begins with it.
        Assert.StartsWith(Launcher.Command + " ", commandLine, StringComparison.Ordinal);
        Assert.Equal(args, WordsThroughBash(commandLine[(Launcher.Command.Length + 1)..]));
        Assert.Equal(["plain", "a b", "it's", ""], WordsThroughBash(ShellQuoting.Join(["plain", "a b", "it's", ""])));
    }

    [Fact]
    public void A_killed_runs_incomplete_folder_is_removed_by_the_next_run_and_a_live_ones_is_not()
    {
        using var temp = new TempFolder();
        // A process that has exited: its pid is free (or reused by a process that is not ours to judge, which keeps the folder).
        using var finished = Process.Start(new ProcessStartInfo("true"))!;
        finished.WaitForExit();
        string dead = Path.Combine(temp.Path, $"{ResultsFolder.IncompletePrefix}{finished.Id}-0123456789abcdef");
        using var alive = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        string live = Path.Combine(temp.Path, $"{ResultsFolder.IncompletePrefix}{alive.Id}-fedcba9876543210");
        string older = Path.Combine(temp.Path, $"{ResultsFolder.IncompletePrefix}0123456789abcdef0123456789abcdef");
        try
        {
            foreach (var folder in new[] { dead, live, older })
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "summary.csv"), "half-written");
            }
            var run = AppRun.Of("run", Mmc, "--reps", "2", "--horizon", "20d", "--warmup", "2d", "--out", temp.Path);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(older));
        }
        finally
        {
            alive.Kill();
            alive.WaitForExit();
        }
    }

    [Theory]
    [InlineData("--seed", "abc", "--seed: 'abc' is not a whole number.")]
    [InlineData("--threads", "two", "--threads: 'two' is not a whole number.")]
    [InlineData("--reps", "0", "--reps: '0' is not a number of replications")]
    public void A_bad_option_value_is_named_in_words(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", Mmc, option, value, "--out", temp.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("--set:", run.Error);
    }

    [Fact]
    public void Graph_output_ends_with_a_newline_and_a_hint_that_keeps_it_a_valid_diagram()
    {
        var graph = AppRun.Of("graph");
        Assert.Equal(0, graph.ExitCode);
        Assert.EndsWith("\n", graph.Output, StringComparison.Ordinal);
        string last = graph.Output.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("%% To view:", last, StringComparison.Ordinal);
        Assert.Contains("graph > workflow.mmd", last);
    }

    [Fact]
    public void Every_command_help_ends_with_examples_and_staff_lists_the_outcome_ids_and_where_the_paths_are()
    {
        foreach (var command in new[] { "run", "calibrate", "compare", "sweep", "staff", "merge", "rerun", "validate", "graph" })
        {
            var help = AppRun.Of(command, "--help");
            Assert.True(help.ExitCode == 0, $"{command}: {help.Error}");
            int examples = help.Output.IndexOf("Examples:\n", StringComparison.Ordinal);
            Assert.True(examples > 0, $"{command} --help has no examples");
            var lines = help.Output[examples..].Split('\n').Skip(1).TakeWhile(l => l.Length > 0).ToArray();
            Assert.InRange(lines.Length, 2, 3);
            Assert.All(lines, l => Assert.StartsWith($"  {Launcher.Hint(command)}", l, StringComparison.Ordinal));
        }
        var staff = AppRun.Of("staff", "--help").Output;
        Assert.All(MashSim.Model.Recording.Kpi.All, kpi => Assert.Contains(kpi.Id, staff));
        Assert.Contains(Launcher.Hint("validate --paths FILE"), staff);
    }

    [Fact]
    public void Validate_paths_prints_every_settable_path_with_its_value_and_source()
    {
        var paths = AppRun.Of("validate", "--paths", AppRun.Scenario("scenarios/cumbria-2017-01.yaml"));
        Assert.True(paths.ExitCode == 0, paths.Error);
        var lines = paths.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("mash.staff.socialWorkers = ", StringComparison.Ordinal) && l.Contains("# ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("mash.checks.agencies[0].colocated = false", StringComparison.Ordinal) && l.Contains("source: 001", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pathway.team.caseloadCap = ", StringComparison.Ordinal));
        // Every path printed is one --set accepts.
        string checkedPath = lines.First(l => l.StartsWith("mash.checks.agencies[0].colocated", StringComparison.Ordinal)).Split(" = ")[0];
        Assert.Equal(0, AppRun.Of("validate", AppRun.Scenario("scenarios/cumbria-2017-01.yaml"), "--set", $"{checkedPath}=true").ExitCode);
    }

    [Fact]
    public void Hints_name_the_launcher_the_user_started_from()
    {
        string? ambient = Environment.GetEnvironmentVariable(Launcher.Variable);
        try
        {
            Environment.SetEnvironmentVariable(Launcher.Variable, null);
            Assert.Equal("mashsim sweep --resume x", Launcher.Hint("sweep --resume x"));
            Environment.SetEnvironmentVariable(Launcher.Variable, "./run.sh");
            Assert.Equal("./run.sh sweep --resume x", Launcher.Hint("sweep --resume x"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Launcher.Variable, ambient);
        }
        Assert.Contains("export MASHSIM_LAUNCHER=./run.sh", File.ReadAllText(AppRun.Scenario("run.sh")));
    }
}
