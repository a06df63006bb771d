namespace MashSim.Cli.Tests;

public class CompareCommandTests
{
    private static string[] Verdicts(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "comparison.csv")).Skip(1).Select(line => line[(line.LastIndexOf(',') + 1)..]).Where(v => v.Length > 0).ToArray();

    private static string Write(TempFolder temp, string name, string yaml)
    {
        string file = Path.Combine(temp.Path, name);
        File.WriteAllText(file, yaml);
        return file;
    }

    [Fact]
    public void A_scenario_compared_with_itself_shows_no_difference_in_any_outcome()
    {
        using var temp = new TempFolder();
        string again = Write(temp, "again.yaml", $"extends: {AppRun.Scenario("scenarios/cumbria-2017-11.yaml")}\nname: cumbria-again\n");
        var run = AppRun.Of("compare", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"), again, "--reps", "3",
            "--set", "run.horizonDays=60", "--set", "run.warmupDays=10", "--out", temp.Sub("results"));
        Assert.True(run.ExitCode == 0, run.Error);
        var verdicts = Verdicts(AppRun.OnlyResultsFolder(temp.Sub("results")));
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Equal("no detectable difference", v));
    }

    [Fact]
    public void Strictly_more_staff_is_reported_better_or_no_different_and_never_worse()
    {
        using var temp = new TempFolder();
        string front = AppRun.Scenario("scenarios/cumbria-2017-01.yaml");
        string baseline = Write(temp, "base.yaml", $"extends: {front}\nname: front-door\npathway: null\n");
        string more = Write(temp, "more.yaml", $"extends: {front}\nname: front-door-more-staff\npathway: null\nmash:\n  staff:\n    socialWorkers: 14\n    managers: 5\n    businessSupport: 5\n");
        var run = AppRun.Of("compare", baseline, more, "--reps", "6", "--set", "run.horizonDays=120", "--set", "run.warmupDays=14", "--out", temp.Sub("results"));
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("results")), "comparison.csv")).Skip(1).ToArray();
        Assert.DoesNotContain(lines, line => line.EndsWith(",worse", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("decisionWithin1WorkingDay,", StringComparison.Ordinal) && line.EndsWith(",better", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comparison_needs_two_scenarios_with_different_names_and_writes_nothing_otherwise()
    {
        using var temp = new TempFolder();
        string file = AppRun.Scenario("scenarios/validation/mmc.yaml");
        Assert.Equal(2, AppRun.Of("compare", file, "--out", temp.Sub("results")).ExitCode);
        var same = AppRun.Of("compare", file, file, "--out", temp.Sub("results"));
        Assert.Equal(2, same.ExitCode);
        Assert.Contains("both called", same.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    /// <summary>A scenario measured for 170 days was once compared with one measured for 365 ("10,052 contacts lower"), and a
    /// variant's run.seed was overridden by the comparison's while its description still said "Edited: run.seed=5".</summary>
    [Fact]
    public void Scenarios_measured_over_different_periods_and_variants_of_the_run_settings_are_refused()
    {
        using var temp = new TempFolder();
        string file = AppRun.Scenario("scenarios/validation/mmc.yaml");
        string shorter = temp.Write("shorter.yaml", $"extends: {file}\nname: shorter\nrun:\n  horizonDays: 900\n");
        var periods = AppRun.Of("compare", file, shorter, "--reps", "2", "--out", temp.Sub("results"));
        Assert.Equal(2, periods.ExitCode);
        Assert.Contains("validation-mmc is measured over 1480 days (1500 less a warm-up of 20) and shorter over 880 (900 less 20)", periods.Error);
        foreach (string setting in new[] { "run.seed=5", "run.replications=9", "run.horizonDays=400", "run.warmupDays=30" })
        {
            var variant = AppRun.Of("compare", file, "--variant", $"v: mash.staff.socialWorkers=4; {setting}", "--reps", "2", "--out", temp.Sub("results"));
            Assert.Equal(2, variant.ExitCode);
            Assert.Contains($"'{setting}': a variant changes the service, not the run", variant.Error);
        }
        var unnamed = AppRun.Of("compare", file, "--variant", ": mash.staff.socialWorkers=4", "--out", temp.Sub("results"));
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("has no name before its ':'", unnamed.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));

        // Set for all, the same period makes them comparable.
        var same = AppRun.Of("compare", file, shorter, "--reps", "2", "--horizon", "60d", "--warmup", "5d", "--out", temp.Sub("results"));
        Assert.True(same.ExitCode == 0, same.Error);
    }
}
